/**
 * Browsers without the CSS `scripting` media feature (Safari before 17) would show
 * the „needs JavaScript“ notes next to working controls. This class lets the
 * stylesheet hide them there too, a moment later than the media query does.
 */
document.documentElement.classList.add('js');
