/**
 * The rendered plan in an iframe: sandboxed without scripts, so nothing in it runs, and under the page's policy
 * plus the rendered file's own, so nothing loads. The page (same origin through `allow-same-origin`) swaps each new
 * rendering's main part into the frame, keeping the scroll position and avoiding a reload's flash, as the VS Code
 * preview does.
 */

/**
 * The frame shares the page's thread: laying out a plan of a thousand goals at once blocked typing for seconds.
 * Goals off screen are laid out when scrolled to. The preview only; the downloaded file is the rendering as it is.
 */
const LAZY_LAYOUT = 'section.goal, section.timeline { content-visibility: auto; contain-intrinsic-size: auto 480px; }';
const MAIN_OPEN = '<main id="pop-root">';
const MAIN_CLOSE = '</main>';

export class PreviewFrame {
    /** The rendering's head, which a swap in place cannot change. */
    private head = '';
    private last = '';

    constructor(private readonly frame: HTMLIFrameElement) {
        frame.addEventListener('load', () => {
            const document = frame.contentDocument;
            if (!document) return;
            const style = document.createElement('style');
            style.textContent = LAZY_LAYOUT;
            document.head.append(style);
            // A link in a plan must not take the frame elsewhere (and the page's policy would refuse it anyway).
            document.addEventListener('click', event => {
                if ((event.target as Element | null)?.closest?.('a[href]')) event.preventDefault();
            });
        });
    }

    show(html: string): void {
        // Most keystrokes inside a comment or between checks change nothing the reader sees.
        if (html === this.last && this.frame.contentDocument?.getElementById('pop-root')) return;
        this.last = html;
        // User text is escaped, so these markers occur once: the generator's own.
        const start = html.indexOf(MAIN_OPEN);
        const end = html.lastIndexOf(MAIN_CLOSE);
        const fullHead = start >= 0 ? html.slice(0, start) : html;
        // The title follows the plan's; it is set in place, so editing it does not reload the frame.
        const title = /<title>([^<]*)<\/title>/.exec(fullHead)?.[1];
        const head = fullHead.replace(/<title>[^<]*<\/title>/, '');
        const current = this.frame.contentDocument;
        const root = current?.getElementById('pop-root');
        // The first page, or one whose head (language, title, styles, policy) changed, is loaded whole.
        if (!current || !root || start < 0 || end < start || head !== this.head) {
            this.head = head;
            this.frame.srcdoc = html;
            return;
        }
        const y = current.defaultView?.scrollY ?? 0;
        // Parsed once, in the frame's own document, whose policy and sandbox apply; innerHTML never runs scripts.
        root.innerHTML = html.slice(start + MAIN_OPEN.length, end);
        if (title !== undefined) {
            const decoder = current.createElement('textarea');
            decoder.innerHTML = title;
            current.title = decoder.value;
        }
        current.defaultView?.scrollTo(0, y);
    }
}
