/*
 * Phường Việt Hoà: Tasklist offers an official only what the official may do (docs/security.md).
 * The engine refuses free-standing tasks, follow-up and due dates and candidate groups of plan
 * tasks to everyone but administrators; styles/viethoa-tasklist.css hides those controls unless
 * the body carries "vh-admin", which this script sets for a member of camunda-admin (the session's
 * authorised apps include Admin). Hiding is a courtesy; the refusal is the engine's.
 */
(function () {
  'use strict';
  var base = document.querySelector('base');
  var root = (base && base.getAttribute('app-root')) || '/camunda';
  fetch(root + '/api/admin/auth/user/default', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (user) {
      if (user && (user.authorizedApps || []).indexOf('admin') >= 0) {
        document.body.classList.add('vh-admin');
      }
    })
    .catch(function () { /* not logged in yet: nothing to show either way */ });
})();
