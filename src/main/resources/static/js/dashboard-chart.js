// Draws the dashboard's chart of receipts and issues from the numbers in its table
// (#daily-movements, one row per day with data-day, data-receipts and data-issues). The
// table stays the accessible, script-free version; without Chart.js nothing is drawn.
(function () {
  'use strict';

  function draw() {
    var canvas = document.getElementById('daily-chart');
    var rows = document.querySelectorAll('#daily-movements tbody tr[data-day]');
    if (!canvas || rows.length === 0 || typeof window.Chart === 'undefined') {
      return;
    }
    var days = [];
    var receipts = [];
    var issues = [];
    rows.forEach(function (row) {
      days.push(row.dataset.day.substring(5));
      receipts.push(Number(row.dataset.receipts));
      issues.push(Number(row.dataset.issues));
    });
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: days,
        datasets: [
          { label: 'Receipts', data: receipts, backgroundColor: '#1f6b3a' },
          { label: 'Issues', data: issues, backgroundColor: '#0b5cad' }
        ]
      },
      options: {
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
