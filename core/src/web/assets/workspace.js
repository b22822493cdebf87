// The workspace works without JavaScript; this only makes it quicker to use. Served by the binary
// as a file of its own: the Content-Security-Policy allows no inline script.
"use strict";
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", () => {
  // "Select all" in the points list: ticks every point on the page for a bulk action.
  const all = document.getElementById("select-all");
  if (all) {
    all.addEventListener("change", () => {
      document.querySelectorAll('table.points input[name="id"]').forEach((box) => { box.checked = all.checked; });
    });
  }
  // Ctrl+Enter in a reaction saves its form.
  document.querySelectorAll("textarea").forEach((area) => {
    area.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && area.form) area.form.requestSubmit();
    });
  });
  // A long stage started from the workspace: reload its progress every two seconds until it ends.
  const job = document.querySelector("[data-job-running]");
  if (job) setTimeout(() => window.location.reload(), 2000);
});
