/// <reference types="vite/client" />
// The chart styles, imported once by every chart; the reference lets Node-side type checks (tests)
// resolve the CSS import the way Vite does.
import './charts.css';
