// `$app/environment` for the throwaway bench page, which is built without SvelteKit: a built
// page in a browser, as the app's own state modules expect it.
export const browser = true;
export const building = false;
export const dev = false;
export const version = 'bench';
