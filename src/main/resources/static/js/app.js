// Progressive enhancement only: every page works without JavaScript.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// The main menu folds away behind its "Meny" button on small screens (without JavaScript it is simply open).
const toggle = document.querySelector('.kk-menu__toggle');
const menu = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
if (toggle && menu) {
  const small = window.matchMedia('(max-width: 40.0525em)');
  const show = (open) => {
    toggle.setAttribute('aria-expanded', String(open));
    menu.hidden = !open;
  };
  const layout = () => {
    toggle.hidden = !small.matches;
    show(!small.matches);
  };
  toggle.addEventListener('click', () => show(toggle.getAttribute('aria-expanded') !== 'true'));
  small.addEventListener('change', layout);
  layout();
}
