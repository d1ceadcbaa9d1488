// Marks the body before the first paint, as GOV.UK's template does, without an inline script (CSP).
document.body.className += ` js-enabled${'noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : ''}`;
