/**
 * The rendered plan in an iframe: sandboxed without scripts, so nothing in it runs, and under the page's policy
 * plus the rendered file's own, so nothing loads. The page (same origin through `allow-same-origin`) swaps each new
 * rendering into the frame's body, keeping the scroll position and avoiding a reload's flash, as the VS Code
 * preview does.
 */
export class PreviewFrame {
    private styles = '';

    constructor(private readonly frame: HTMLIFrameElement) {
        // A link in a plan must not take the frame elsewhere (and the page's policy would refuse it anyway).
        frame.addEventListener('load', () => {
            frame.contentDocument?.addEventListener('click', event => {
                if ((event.target as Element | null)?.closest?.('a[href]')) event.preventDefault();
            });
        });
    }

    show(html: string): void {
        const next = new DOMParser().parseFromString(html, 'text/html');
        const styles = [...Array.from(next.head.querySelectorAll('style, meta'))].map(node => node.outerHTML).join('\n');
        const current = this.frame.contentDocument;
        // The first page, or a page whose stylesheet or policy changed, is loaded whole.
        if (!current || !current.body || styles !== this.styles || current.URL === 'about:blank') {
            this.styles = styles;
            this.frame.srcdoc = html;
            return;
        }
        const y = current.defaultView?.scrollY ?? 0;
        current.documentElement.lang = next.documentElement.lang;
        current.title = next.title;
        current.body.className = next.body.className;
        current.body.replaceChildren(...Array.from(next.body.childNodes).map(node => current.importNode(node, true)));
        current.defaultView?.scrollTo(0, y);
    }
}
