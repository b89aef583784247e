import { useId, useMemo, useState } from 'react';
import { MAX_SHARE_LINK_CHARS, SHARE_PREFIX } from '../../models/share/shareLink';
import type { Scenario } from '../../models/types';
import { formatCount } from '../format';
import { shareUrl } from '../io/openFromUrl';
import './importExport.css';

interface Props {
  scenario: Scenario;
}

type Copy = { link: string; copied: boolean };

/** Characters after `#s=` in a share link: at most MAX_SHARE_LINK_CHARS open anywhere. */
function payloadLength(link: string): number {
  return link.length - link.indexOf(`#${SHARE_PREFIX}`) - SHARE_PREFIX.length - 1;
}

/** The scenario without its drill log, for a link that would be too long with it. */
function withoutDrills(scenario: Scenario): Scenario {
  return { ...scenario, drillLog: { drills: [] } };
}

/**
 * "Copy share link": the scenario, seed included, packed into a link that opens it (and re-runs it to the
 * same numbers) in any browser. The link goes to the clipboard when the browser allows it, and is always
 * shown in a read-only field, so it can also be copied by hand. The link follows later edits.
 */
export function ShareButton({ scenario }: Props) {
  const [shown, setShown] = useState(false);
  const [copy, setCopy] = useState<Copy | null>(null);
  // A drill log can make the link too long to open: then the link can leave the log out, if asked to.
  const [dropDrills, setDropDrills] = useState(false);
  const fieldId = useId();
  const helpId = useId();
  const full = useMemo(() => (shown ? shareUrl(scenario, window.location) : ''), [shown, scenario]);
  const tooLong = shown && payloadLength(full) > MAX_SHARE_LINK_CHARS;
  const link = useMemo(
    () => (tooLong && dropDrills ? shareUrl(withoutDrills(scenario), window.location) : tooLong ? '' : full),
    [tooLong, dropDrills, scenario, full],
  );

  const onClick = async (leaveOutDrills: boolean) => {
    const whole = shareUrl(scenario, window.location);
    const over = payloadLength(whole) > MAX_SHARE_LINK_CHARS;
    setShown(true);
    setDropDrills(leaveOutDrills);
    if (over && !leaveOutDrills) {
      setCopy(null);
      return;
    }
    const url = over ? shareUrl(withoutDrills(scenario), window.location) : whole;
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

  const drills = scenario.drillLog.drills.length;
  const status =
    copy === null || copy.link !== link || link === ''
      ? ''
      : copy.copied
        ? 'Link copied to the clipboard.'
        : 'This browser did not allow copying: select the link and copy it.';

  return (
    <div className="share" role="group" aria-label="Share this scenario">
      <button type="button" className="button" onClick={() => void onClick(false)}>
        Copy share link
      </button>
      {tooLong && (
        <div className="io-alert" role="alert">
          <p>
            With its drill log of {formatCount(drills)} {drills === 1 ? 'drill' : 'drills'}, this scenario
            needs a link of {formatCount(payloadLength(full))} characters, more than the{' '}
            {formatCount(MAX_SHARE_LINK_CHARS)} a share link can hold.{' '}
            {dropDrills
              ? 'The link below leaves the drill log out: whoever opens it gets the model as entered, not as the drills calibrated it.'
              : 'Export the scenario (JSON) to share it with its drill log, or copy a link without the log.'}
          </p>
          {!dropDrills && (
            <button type="button" className="button small" onClick={() => void onClick(true)}>
              Copy a link without the drill log
            </button>
          )}
        </div>
      )}
      {shown && link !== '' && (
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
            {drills > 0 && !(tooLong && dropDrills) && ' Its drill log goes with it.'}
          </p>
        </div>
      )}
      <p className="io-status" role="status">
        {status}
      </p>
    </div>
  );
}
