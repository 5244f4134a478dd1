/** CHROME_PATH, else the first usual install path that exists, else null. */
export function findChrome(): string | null;
/** How to install Chromium, for a message when none is found. */
export const INSTALL_HINT: string;
/** The Chromium to launch; prints INSTALL_HINT and exits when there is none. */
export function chromePath(): string;
/** The flags every headless Chromium run gets: no sandbox, no background traffic. */
export const chromeArgs: string[];
