import { FORMS } from '../functions/forms/registry.ts';

/** Each form with its reference prefix, from the definitions: "referral (RJ-…), …". */
const formList = FORMS.map((f) => `${f.id} (${f.referencePrefix}-…)`).join(', ');

/** The help text: `npm run ops -- help`, and after an unknown or missing command. */
export const HELP = `Operator tools for the restorative forms service.

Usage: npm run ops -- <command> [options]

Commands
  list [--form FORM] [--since DATE] [--until DATE]
      Submissions received in a period: reference, date, team, urgent markers and whether the
      team email went out. Never shows answers. Without --since, the last 30 days; without
      --form, every form.
  show REFERENCE [--by NAME]
      One whole submission, labelled as the form asks it.
  export --form FORM --since DATE [--until DATE] [--format csv|json] [--out FILE] [--no-bom] [--by NAME]
      Every answer, one column per question. CSV (default) is safe to open in a spreadsheet.
      Writes to standard output, or to FILE (created readable by you only; never overwritten).
      Progress goes to standard error. CSV starts with a byte order mark for Excel unless --no-bom.
  erase REFERENCE [--yes] [--by NAME]
      Erases a submission (UK GDPR right to erasure), its duplicate-guard entries and its
      confirmation claim. Asks first; --yes skips the question. Without a terminal it refuses
      unless --yes is given.
  pending [--older-than 5m] [--form FORM]
      Submissions older than the given time (s, m, h or d) still waiting for their team email, or
      for a confirmation the person is owed (they gave an email address marked safe).
  resend REFERENCE [--confirmation] [--by NAME]
      Sends the team email again (even if it went before) and records when. With --confirmation,
      sends the person's confirmation instead, only to an email address they marked safe.
  end-sessions EMAIL
      Ends every workspace session of one member of staff (by email address, or their subject).
      A session keeps the teams it was given at sign-in for up to 10 hours: after taking someone
      out of a team or the admins group, run this so they sign in again with their groups now.
  suspected [--form FORM] [--since DATE] [--until DATE]
      Submissions kept apart as suspected of coming from a bot (the hidden field was filled, or
      the form was sent too soon after it opened): reference, form, when and why. They are not
      sent to any team and are deleted after spam.suspectedRetentionDays (30). Without --since,
      the last 30 days.
  release REFERENCE [--by NAME]
      Releases a suspected submission that is a real person's: it becomes an ordinary submission
      with its form's retention, and the team email goes out now.
  report --since DATE [--until DATE] [--format table|csv|json] [--out FILE] [--no-bom]
      Outcome report: submissions per form per month and per team, then what each form's
      definition counts (for example referrals by who referred, feedback satisfaction and
      would-recommend rates overall, by role and by meeting type), each with its counts.
  case-review-figures [--year YEAR] [--out FILE] [--no-bom]
      The ASB Case Review figures the Act asks to be published (applications, threshold not met,
      reviews held, reviews with recommendations) for April YEAR to March YEAR+1, and the
      partnership's own year if config sets one, as CSV: from the cases held and the tallies of
      those erased. Without --year, the year today is in. Never reads answers.
  overdue [--send]
      Submissions past their first-contact target today, per team: reference, form, working days
      waiting, target, urgent. With --send, emails each team its list, as the weekday-morning job does.
  backfill-search [--form FORM]
      Gives submissions stored before search existed what staff find them by, as a new one gets
      when it is saved: keyed-hash search tokens of the person's name, phone, email and postcode,
      and the look-up key My work lists open cases by. Needs HASH_KEY (the functions' hash key).
      Safe to run again; never reads answers out.
  help
      This text.

The audit trail
  show, export, resend, release and erase record who did it, what and which reference (never
  answers) in the staff workspace's audit trail before they do anything, and do nothing if that
  cannot be recorded. Who is --by NAME, or else the user signed in to this computer.

Dates
  DATE is a day, YYYY-MM-DD, in UTC. --since is inclusive (from the start of that day); --until
  is inclusive too (to the end of that day) and defaults to today.
  So --since 2026-11-01 --until 2026-11-30 is the whole of November 2026.

Forms
  ${formList}

Where it works
  With no table named it uses the local twin (npm start): table restorative-submissions on
  DynamoDB Local at http://localhost:8000 and the SES emulator at http://localhost:8005.
  To work on AWS, name the table; credentials come from your AWS profile or environment.
  --table NAME         or OPS_TABLE_NAME
  --staff-table NAME   or OPS_STAFF_TABLE_NAME (the audit trail; show, export, resend, release,
                       erase and end-sessions need it on AWS; default restorative-staff with no
                       table named)
  --region REGION      or AWS_REGION (default eu-west-2)
  --endpoint URL       or DYNAMODB_ENDPOINT (default http://localhost:8000 only with no table named)
  --ses-endpoint URL   or SES_ENDPOINT (default http://localhost:8005 only with no table named)

Exit codes: 0 done, 1 failed (for example an unknown reference or an unreachable table),
2 the command line was wrong.`;
