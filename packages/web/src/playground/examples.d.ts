/** The bundled examples (examples/**), put in by the playground's build (packages/web/build.mjs). */
declare module 'pop-playground-examples' {
    const examples: ReadonlyArray<{ readonly path: string; readonly text: string }>;
    export default examples;
}
