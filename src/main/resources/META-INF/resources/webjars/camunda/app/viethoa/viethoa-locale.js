/*
 * Phường Việt Hoà: Vietnamese by default in Tasklist, Cockpit, Admin and Welcome.
 * Shared by the four apps: each app's scripts/viethoa-locale.js re-exports this module, which
 * config.js loads through customScripts.
 * See docs/webapp-localisation.md.
 *
 * What Camunda 7.24 does on its own: the language is negotiated once, when AngularJS starts, from
 * the browser alone (navigator.languages[0], else navigator.language), taken if it is one of
 * locales.availableLocales, otherwise locales.fallbackLocale. No cookie or localStorage setting is
 * read and there is no language switcher. So with ['vi', 'en'] an English browser would get English.
 *
 * This module is imported before AngularJS bootstraps, so it can register a config block in the
 * app's "cam.<app>.custom" module (bootstrapped last) that overrides that choice:
 *  - the language is Vietnamese unless the user picked English with the switch in the footer
 *    (stored under STORAGE_KEY; shared by the four apps, which run on the same origin);
 *  - config.js dateFormat is applied in every app (Camunda applies it only in Tasklist);
 *  - cached copies of the locale files are dropped, so an updated vi.json shows on the next load.
 */
// the English that is not a label (value types, permission names, …) and names in the header
import './viethoa-english.js?v=1';

const STORAGE_KEY = 'viethoa.webapp.locale';
const DEFAULT_LOCALE = 'vi';
const LANGUAGE_NAMES = { vi: 'Tiếng Việt', en: 'English' };
const DATE_FORMAT_KEYS = ['monthName', 'day', 'abbr', 'normal', 'long', 'short'];

const angular = window.angular;
const appName = document.querySelector('base').getAttribute('app-name');
const appConfig =
  window['cam' + appName.charAt(0).toUpperCase() + appName.slice(1) + 'Conf'] || {};

function readChoice() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch (e) {
    return null;
  }
}

function saveChoice(locale) {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch (e) {
    // private mode without storage: the choice lasts for this page only
  }
}

// Camunda keeps each loaded locale file in localStorage ("camunda-web", keys containing
// "_locales_data_") and renders from that copy before it refetches the file, so a corrected
// vi.json would only show on the second visit. The file is fetched on every start anyway.
function dropCachedLocaleFiles() {
  try {
    const raw = window.localStorage.getItem('camunda-web');
    if (!raw) {
      return;
    }
    const data = JSON.parse(raw);
    const stale = Object.keys(data).filter((key) => key.indexOf('_locales_data_') > -1);
    if (stale.length) {
      stale.forEach((key) => delete data[key]);
      window.localStorage.setItem('camunda-web', JSON.stringify(data));
    }
  } catch (e) {
    // unreadable cache: Camunda copes with it on its own
  }
}

dropCachedLocaleFiles();

const customModule = angular.module('cam.' + appName + '.custom');
// decided in the config block below, read by the footer switch
let activeLocale = DEFAULT_LOCALE;
let switchableLocales = [];

customModule.config([
  '$injector',
  '$translateProvider',
  'configurationProvider',
  function ($injector, $translateProvider, configuration) {
    const available = configuration.getAvailableLocales();
    const fallback = configuration.getFallbackLocale();
    const stored = readChoice();
    let locale = DEFAULT_LOCALE;
    if (stored && available.indexOf(stored) > -1) {
      locale = stored;
    } else if (available.indexOf(DEFAULT_LOCALE) < 0) {
      locale = fallback;
    }

    activeLocale = locale;
    switchableLocales = available.filter((key) => LANGUAGE_NAMES[key]);
    $translateProvider.preferredLanguage(locale);
    if (locale !== fallback) {
      // Load one locale file only: each file also redefines the date locale (moment) and the
      // last file loaded wins, which would mix Vietnamese dates into the English screens.
      $translateProvider.fallbackLanguage(locale);
    }
    document.documentElement.setAttribute('lang', locale);

    if (appConfig.dateFormat && $injector.has('camDateFormatProvider')) {
      const camDateFormat = $injector.get('camDateFormatProvider');
      DATE_FORMAT_KEYS.forEach((key) => {
        if (appConfig.dateFormat[key]) {
          camDateFormat.setDateFormat(appConfig.dateFormat[key], key);
        }
      });
    }
  }
]);

// A second "cam-widget-footer" directive: adds the language switch to the footer Camunda renders.
customModule.directive('camWidgetFooter', [
  function () {
    return {
      restrict: 'A',
      link: function (scope, element) {
        if (switchableLocales.length < 2) {
          return;
        }
        const columns = element[0].querySelectorAll('.row > div');
        const host = columns.length ? columns[columns.length - 1] : element[0];

        const languageSwitch = document.createElement('span');
        languageSwitch.className = 'vh-locale-switch';
        languageSwitch.setAttribute('role', 'group');
        languageSwitch.setAttribute('aria-label', 'Ngôn ngữ / Language');
        switchableLocales.forEach((key) => {
          const button = document.createElement('button');
          button.type = 'button';
          button.lang = key;
          button.textContent = LANGUAGE_NAMES[key];
          if (key === activeLocale) {
            button.className = 'active';
            button.setAttribute('aria-pressed', 'true');
          } else {
            button.setAttribute('aria-pressed', 'false');
            button.addEventListener('click', () => {
              saveChoice(key);
              window.location.reload();
            });
          }
          languageSwitch.appendChild(button);
        });
        host.appendChild(languageSwitch);
      }
    };
  }
]);

// no plugins: this module only configures the app
export default [];
