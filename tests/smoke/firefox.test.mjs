// The smoke steps in Firefox (Debian's firefox-esr over WebDriver BiDi).
import { launchFirefox } from './firefox-driver.mjs';
import { smokeSuite } from './suite.mjs';

smokeSuite('Firefox', launchFirefox);
