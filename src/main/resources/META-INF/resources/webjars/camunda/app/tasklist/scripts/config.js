/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Phường Việt Hoà: this file replaces the config.js shipped in the Camunda 7.24 webjar whole.
// It starts from the shipped file (Tasklist keyboard shortcuts kept below); see
// docs/webapp-localisation.md before changing it or after a Camunda upgrade.
export default {
  // header and browser tab show "<vendor> <name>", the login page shows <name>
  app: {
    name: 'Thi đua đổi mới sáng tạo',
    vendor: 'Phường Việt Hoà –'
  },

  // moment.js formats: dates as dd/MM/yyyy
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  // Vietnamese is the default for every browser (scripts/viethoa-locale.js), English stays selectable
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },

  // ES modules loaded before the app starts; bump ?v= whenever a script changes
  // (Camunda's own cache-buster is its version number and never changes).
  // viethoa-forms.js translates what Camunda Forms (form-js) render in English.
  customScripts: ['scripts/viethoa-locale.js?v=2', 'scripts/viethoa-forms.js?v=2', 'scripts/viethoa-roles.js?v=1', 'scripts/viethoa-tasklist.js?v=1'],

  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  // shipped with Camunda 7.24 (same keys; descriptions, shown in the shortcut help, in Vietnamese)
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Chuyển đến ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Mở hộp thoại khởi tạo quy trình'
    }
  }
};
