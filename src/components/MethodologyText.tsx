import { METHODOLOGY } from '../../models/methodology';

/** The written model, section by section: the same text as the proposal's methodology and `docs/`. */
export function MethodologyText() {
  return METHODOLOGY.map((section) => (
    <div key={section.heading}>
      <h3>{section.heading}</h3>
      {section.paragraphs.map((p) => (
        <p key={p.slice(0, 40)}>{p}</p>
      ))}
    </div>
  ));
}
