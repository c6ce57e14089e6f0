/*
 * The change list's "select every row on this page" box. Progressive enhancement: the
 * box is hidden in the page and shown here, so without JavaScript nobody meets a box that
 * does nothing; each row is then ticked by hand. A file of its own, as the
 * Content-Security-Policy forbids inline scripts.
 */
(function () {
  'use strict';
  document.querySelectorAll('input.select-all').forEach(function (all) {
    var form = all.form || all.closest('form');
    if (!form) {
      return;
    }
    var rows = function () {
      return form.querySelectorAll('input[type=checkbox][name=selected]');
    };
    // Mixed when some rows are ticked, so the box always says what the rows are.
    var reflect = function () {
      var boxes = rows();
      var ticked = Array.prototype.filter.call(boxes, function (box) { return box.checked; }).length;
      all.checked = boxes.length > 0 && ticked === boxes.length;
      all.indeterminate = ticked > 0 && ticked < boxes.length;
    };
    all.hidden = false;
    all.addEventListener('change', function () {
      rows().forEach(function (box) { box.checked = all.checked; });
      all.indeterminate = false;
    });
    form.addEventListener('change', function (event) {
      if (event.target !== all && event.target.name === 'selected') {
        reflect();
      }
    });
    reflect();
  });
})();
