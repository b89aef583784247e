import { useId, useMemo, useState } from 'react';
import type { Scenario } from '../../models/types';
import { shareUrl } from '../io/openFromUrl';
import './importExport.css';

interface Props {
  scenario: Scenario;
}

type Copy = { link: string; copied: boolean };

/**
 * "Copy share link": the scenario, seed included, packed into a link that opens it (and re-runs it to the
 * same numbers) in any browser. The link goes to the clipboard when the browser allows it, and is always
 * shown in a read-only field, so it can also be copied by hand. The link follows later edits.
 */
export function ShareButton({ scenario }: Props) {
  const [shown, setShown] = useState(false);
  const [copy, setCopy] = useState<Copy | null>(null);
  const fieldId = useId();
  const helpId = useId();
  const link = useMemo(() => (shown ? shareUrl(scenario, window.location) : ''), [shown, scenario]);

  const onClick = async () => {
    const url = shareUrl(scenario, window.location);
    setShown(true);
    let copied = false;
    try {
      if (navigator.clipboard) {
        await navigator.clipboard.writeText(url);
        copied = true;
      }
    } catch {
      // Not allowed here (no permission, not a secure context): the field below has the link.
    }
    setCopy({ link: url, copied });
  };

  const status =
    copy === null || copy.link !== link
      ? ''
      : copy.copied
        ? 'Link copied to the clipboard.'
        : 'This browser did not allow copying: select the link and copy it.';

  return (
    <div className="share" role="group" aria-label="Share this scenario">
      <button type="button" className="button" onClick={() => void onClick()}>
        Copy share link
      </button>
      {shown && (
        <div className="share-field">
          <label htmlFor={fieldId}>Share link</label>
          <input
            id={fieldId}
            className="field-input"
            type="text"
            readOnly
            value={link}
            aria-describedby={helpId}
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p className="io-hint" id={helpId}>
            Whoever opens this link gets this scenario, seed included, as a new scenario of their own, and the
            same numbers. The scenario is inside the link: nothing is stored on a server.
          </p>
        </div>
      )}
      <p className="io-status" role="status">
        {status}
      </p>
    </div>
  );
}
