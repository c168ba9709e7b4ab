/*
 * Phường Việt Hoà: the default-language module is shared by the four apps and lives once in
 * app/viethoa/ (docs/webapp-localisation.md); config.js loads this file through customScripts.
 */
export { default } from '../../viethoa/viethoa-locale.js?v=2';
