// The smoke steps in WebKit, Safari's engine (Debian's WebKitGTK over WebDriver).
import { launchWebKit } from './webkit-driver.mjs';
import { smokeSuite } from './suite.mjs';

smokeSuite('WebKit', launchWebKit);
