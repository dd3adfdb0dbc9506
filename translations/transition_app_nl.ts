<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AppointmentEditDialog</name>
    <message>
        <source>Appointment</source>
        <translation type="unfinished">Afspraak</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation type="unfinished">&amp;Afspraak</translation>
    </message>
    <message>
        <source>e.g. CPAS — first interview</source>
        <translation type="unfinished">bv. OCMW — eerste gesprek</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished">&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished">&amp;Uur</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished">Beginuur</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished">&amp;tot</translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished">Einduur</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished">&amp;Plaats</translation>
    </message>
    <message>
        <source>Name and address</source>
        <translation type="unfinished">Naam en adres</translation>
    </message>
    <message>
        <source>What to &amp;bring</source>
        <translation type="unfinished">&amp;Mee te brengen</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation type="unfinished">Eén item per regel</translation>
    </message>
    <message>
        <source>Accompanied b&amp;y</source>
        <translation type="unfinished">&amp;Begeleid door</translation>
    </message>
    <message>
        <source>e.g. the buddy, an interpreter</source>
        <translation type="unfinished">bv. de buddy, een tolk</translation>
    </message>
    <message>
        <source>Checklist &amp;step</source>
        <translation type="unfinished">&amp;Stap van de checklist</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">Te verbeteren problemen</translation>
    </message>
    <message>
        <source>&amp;Remove appointment…</source>
        <translation type="unfinished">Afspraak &amp;verwijderen…</translation>
    </message>
    <message>
        <source>The appointment is cancelled: it leaves the lists and calendars</source>
        <translation type="unfinished">De afspraak is geannuleerd: ze verdwijnt uit de lijsten en agenda&apos;s</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished">Nieuwe afspraak</translation>
    </message>
    <message>
        <source>This day is in the past.</source>
        <translation type="unfinished">Deze dag is voorbij.</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">Geen</translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation type="unfinished">Afspraak verwijderen</translation>
    </message>
    <message>
        <source>Remove the appointment “{title}”? It will no longer appear in the calendars.</source>
        <translation type="unfinished">De afspraak ‘{title}’ verwijderen? Ze staat dan niet meer in de agenda&apos;s.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Verwijderen</translation>
    </message>
</context>
<context>
    <name>AppointmentsMenu</name>
    <message>
        <source>Appointment saved: {title}.</source>
        <translation type="unfinished">Afspraak opgeslagen: {title}.</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation type="unfinished">A&amp;fspraken</translation>
    </message>
    <message>
        <source>&amp;Week view</source>
        <translation type="unfinished">&amp;Weekoverzicht</translation>
    </message>
    <message>
        <source>The appointments of the week, day by day</source>
        <translation type="unfinished">De afspraken van de week, dag per dag</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation type="unfinished">&amp;Nieuwe afspraak…</translation>
    </message>
    <message>
        <source>An appointment of the selected family</source>
        <translation type="unfinished">Een afspraak van het geselecteerde gezin</translation>
    </message>
    <message>
        <source>Step &amp;cards…</source>
        <translation type="unfinished">Stap&amp;kaarten…</translation>
    </message>
    <message>
        <source>Printable cards of the family&apos;s steps in their language</source>
        <translation type="unfinished">Afdrukbare kaarten van de stappen van het gezin, in hun taal</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished">Aangemeld</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished">Aanmelding mislukt</translation>
    </message>
    <message>
        <source>Sign-in refused (locked)</source>
        <translation type="unfinished">Aanmelding geweigerd (geblokkeerd)</translation>
    </message>
    <message>
        <source>First run</source>
        <translation type="unfinished">Eerste start</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished">Bekeken</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Aangemaakt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished">Gewijzigd</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished">Gearchiveerd</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">Geëxporteerd</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished">Afgedrukt</translation>
    </message>
    <message>
        <source>Dossier issued</source>
        <translation type="unfinished">Overdrachtsdossier uitgereikt</translation>
    </message>
    <message>
        <source>Erased (anonymised)</source>
        <translation type="unfinished">Gewist (geanonimiseerd)</translation>
    </message>
    <message>
        <source>Retention rule applied</source>
        <translation type="unfinished">Bewaarregel toegepast</translation>
    </message>
    <message>
        <source>Buddy assigned</source>
        <translation type="unfinished">Buddy toegewezen</translation>
    </message>
    <message>
        <source>Buddy unassigned</source>
        <translation type="unfinished">Buddy niet meer toegewezen</translation>
    </message>
    <message>
        <source>User created</source>
        <translation type="unfinished">Gebruiker aangemaakt</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished">Gebruiker gewijzigd</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished">Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished">Instelling gewijzigd</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished">Auditlogboek geëxporteerd</translation>
    </message>
    <message>
        <source>Audit log verified</source>
        <translation type="unfinished">Auditlogboek gecontroleerd</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation type="unfinished">Back-up van de databank gemaakt</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation type="unfinished">Databank teruggezet uit een back-up</translation>
    </message>
    <message>
        <source>Families imported from a file</source>
        <translation type="unfinished">Gezinnen geïmporteerd uit een bestand</translation>
    </message>
    <message>
        <source>List exported to a file</source>
        <translation type="unfinished">Lijst geëxporteerd naar een bestand</translation>
    </message>
    <message>
        <source>Reception centre created</source>
        <translation type="unfinished">Opvangcentrum aangemaakt</translation>
    </message>
    <message>
        <source>Reception centre changed</source>
        <translation type="unfinished">Opvangcentrum gewijzigd</translation>
    </message>
    <message>
        <source>Checklist change undone</source>
        <translation type="unfinished">Wijziging in de checklist ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Sent without a recorded consent (reason given)</source>
        <translation type="unfinished">Verstuurd zonder geregistreerde toestemming (reden opgegeven)</translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished">Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">Wie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Actie</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Gezin</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Bijzonderheden</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">Auditlogboek</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished">&amp;Gebruiker</translation>
    </message>
    <message>
        <source>Only entries of this user</source>
        <translation type="unfinished">Alleen items van deze gebruiker</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished">&amp;Actie</translation>
    </message>
    <message>
        <source>Only this action</source>
        <translation type="unfinished">Alleen deze actie</translation>
    </message>
    <message>
        <source>&amp;Family id</source>
        <translation type="unfinished">Gezins-&amp;id</translation>
    </message>
    <message>
        <source>Only entries about this family</source>
        <translation type="unfinished">Alleen items over dit gezin</translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished">alle</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished">Va&amp;n</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation type="unfinished">Vanaf deze dag</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished">&amp;Tot</translation>
    </message>
    <message>
        <source>Up to this day</source>
        <translation type="unfinished">Tot en met deze dag</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished">Items van het auditlogboek</translation>
    </message>
    <message>
        <source>Newest first: when, who, what and about which family. The filters above narrow the list.</source>
        <translation type="unfinished">Nieuwste eerst: wanneer, wie, wat en over welk gezin. De filters hierboven beperken de lijst.</translation>
    </message>
    <message>
        <source>Result of the chain verification</source>
        <translation type="unfinished">Resultaat van de controle van de keten</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished">Keten &amp;controleren</translation>
    </message>
    <message>
        <source>Check that no entry was changed, inserted or removed since it was written</source>
        <translation type="unfinished">Controleren dat geen enkel item gewijzigd, ingevoegd of verwijderd werd sinds het geschreven werd</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">CSV &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Sluiten</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished">Iedereen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished">Alle acties</translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished">elke dag</translation>
    </message>
    <message>
        <source>“To” is before “From” ({date}): no entry can match.</source>
        <translation type="unfinished">“Tot” ligt vóór “Van” ({date}): geen enkele regel kan overeenkomen.</translation>
    </message>
    <message>
        <source>{count} entries, newest first</source>
        <translation type="unfinished">{count} items, nieuwste eerst</translation>
    </message>
    <message>
        <source>{count} entries; the newest {shown} are shown (narrow the filters or export them all)</source>
        <translation type="unfinished">{count} items; de nieuwste {shown} worden getoond (verfijn de filters of exporteer ze allemaal)</translation>
    </message>
    <message>
        <source>✔ The chain is intact: none of the {count} entries was changed, inserted or removed.</source>
        <translation type="unfinished">✔ De keten is intact: geen van de {count} items werd gewijzigd, ingevoegd of verwijderd.</translation>
    </message>
    <message>
        <source>✘ The audit log was altered: {count} breaks in the chain (entries {entries}). Keep this database as evidence and tell your data protection officer.</source>
        <translation type="unfinished">✘ Het auditlogboek werd gewijzigd: {count} breuken in de keten (items {entries}). Bewaar deze databank als bewijs en verwittig uw functionaris voor gegevensbescherming.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished">Auditlogboek exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}.</source>
        <translation type="unfinished">{count} items geëxporteerd naar {path}.</translation>
    </message>
</context>
<context>
    <name>BatchDossiersDialog</name>
    <message>
        <source>Dossiers for families leaving soon</source>
        <translation type="unfinished">Dossiers voor gezinnen die binnenkort vertrekken</translation>
    </message>
    <message>
        <source>Families leaving within (&amp;days)</source>
        <translation type="unfinished">Gezinnen die vertrekken binnen (&amp;dagen)</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished">&amp;Voor</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Taal</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished">&amp;Bestandsformaat</translation>
    </message>
    <message>
        <source>Folde&amp;r</source>
        <translation type="unfinished">Ma&amp;p</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">B&amp;laderen…</translation>
    </message>
    <message>
        <source>The files are not encrypted: each is a plain copy of personal data. Confidential notes are never included in a batch.</source>
        <translation type="unfinished">De bestanden zijn niet versleuteld: elk bestand is een gewone kopie van persoonsgegevens. Vertrouwelijke notities worden nooit in een reeks opgenomen.</translation>
    </message>
    <message>
        <source>&amp;Make dossiers</source>
        <translation type="unfinished">Dossiers &amp;maken</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Voortgang</translation>
    </message>
    <message>
        <source>Folder for the dossiers</source>
        <translation type="unfinished">Map voor de dossiers</translation>
    </message>
    <message>
        <source>{count} families leave reception within {days} days or are past their exit date.</source>
        <translation type="unfinished">{count} gezinnen verlaten de opvang binnen {days} dagen of zijn hun vertrekdatum voorbij.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the dossiers.</source>
        <translation type="unfinished">Kies een bestaande map voor de dossiers.</translation>
    </message>
    <message>
        <source>Making the dossiers…</source>
        <translation type="unfinished">De dossiers worden gemaakt…</translation>
    </message>
    <message>
        <source>Cancelling after the current dossier…</source>
        <translation type="unfinished">Annuleren na het huidige dossier…</translation>
    </message>
    <message>
        <source>{done} of {total} dossiers</source>
        <translation type="unfinished">{done} van {total} dossiers</translation>
    </message>
    <message>
        <source>{written} of {total} dossiers written to {folder}.</source>
        <translation type="unfinished">{written} van {total} dossiers geschreven naar {folder}.</translation>
    </message>
    <message>
        <source>Cancelled: the files written are complete.</source>
        <translation type="unfinished">Geannuleerd: de geschreven bestanden zijn volledig.</translation>
    </message>
    <message>
        <source>{count} could not be made.</source>
        <translation type="unfinished">{count} konden niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Not made, the family&apos;s consent for this recipient is not recorded: {cases}.</source>
        <translation type="unfinished">Niet gemaakt, de toestemming van het gezin voor deze ontvanger is niet geregistreerd: {cases}.</translation>
    </message>
</context>
<context>
    <name>BuddyAssignDialog</name>
    <message>
        <source>Admin buddies</source>
        <translation type="unfinished">Administratieve buddy&apos;s</translation>
    </message>
    <message>
        <source>An admin buddy sees only the families assigned to them: names, contacts, languages, the checklist and appointments — never national register numbers, the protection decision or confidential notes.</source>
        <translation type="unfinished">Een administratieve buddy ziet alleen de gezinnen die aan hem of haar zijn toegewezen: namen, contactgegevens, talen, de checklist en afspraken — nooit rijksregisternummers, de beslissing over bescherming of vertrouwelijke notities.</translation>
    </message>
    <message>
        <source>Buddies accompanying this family</source>
        <translation type="unfinished">Buddy&apos;s die dit gezin begeleiden</translation>
    </message>
    <message>
        <source>Delete unassigns the selected buddy, after asking.</source>
        <translation type="unfinished">Delete trekt de toewijzing van de geselecteerde buddy in, na bevestiging.</translation>
    </message>
    <message>
        <source>Admin buddy to assign</source>
        <translation type="unfinished">Toe te wijzen administratieve buddy</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished">&amp;Toewijzen</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation type="unfinished">Toewijzing &amp;intrekken</translation>
    </message>
    <message>
        <source>Admin buddies — {case}</source>
        <translation type="unfinished">Administratieve buddy&apos;s — {case}</translation>
    </message>
    <message>
        <source>{name} (since {date})</source>
        <translation type="unfinished">{name} (sinds {date})</translation>
    </message>
    <message>
        <source>No admin buddy accompanies this family.</source>
        <translation type="unfinished">Geen enkele administratieve buddy begeleidt dit gezin.</translation>
    </message>
    <message>
        <source>Unassign buddy</source>
        <translation type="unfinished">Buddy niet meer toewijzen</translation>
    </message>
    <message>
        <source>Stop {name} accompanying this family? They will no longer see its file.</source>
        <translation type="unfinished">De begeleiding van dit gezin door {name} stopzetten? Die persoon ziet het dossier dan niet meer.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished">Toewijzing intrekken</translation>
    </message>
</context>
<context>
    <name>BuddyFeatures</name>
    <message>
        <source>Updated by buddy ({name})</source>
        <translation type="unfinished">Bijgewerkt door buddy ({name})</translation>
    </message>
    <message>
        <source>Updated by buddy</source>
        <translation type="unfinished">Bijgewerkt door buddy</translation>
    </message>
    <message>
        <source>Steps marked, appointments added and notes left by admin buddies that the families&apos; social worker has not seen yet. Opens a list; choose one to open the family.</source>
        <translation type="unfinished">Stappen die administratieve buddy&apos;s aanvinkten, afspraken die ze toevoegden en notities die ze achterlieten, en die de maatschappelijk werker van de gezinnen nog niet gezien heeft. Opent een lijst; kies er een om het gezin te openen.</translation>
    </message>
    <message>
        <source>Changes from buddies: {count}</source>
        <translation type="unfinished">Wijzigingen door buddy&apos;s: {count}</translation>
    </message>
    <message>
        <source>steps: {count}</source>
        <translation type="unfinished">stappen: {count}</translation>
    </message>
    <message>
        <source>notes: {count}</source>
        <translation type="unfinished">notities: {count}</translation>
    </message>
    <message>
        <source>appointments: {count}</source>
        <translation type="unfinished">afspraken: {count}</translation>
    </message>
    <message>
        <source>Updated by buddy since you last looked — {changes}. Steps are highlighted in the checklist, notes in the Notes tab.</source>
        <translation type="unfinished">Bijgewerkt door buddy sinds u het laatst keek — {changes}. Stappen zijn gemarkeerd in de checklist, notities op het tabblad Notities.</translation>
    </message>
    <message>
        <source>No changes from buddies</source>
        <translation type="unfinished">Geen wijzigingen door buddy&apos;s</translation>
    </message>
    <message>
        <source>“{step}”: {status}</source>
        <translation type="unfinished">‘{step}’: {status}</translation>
    </message>
    <message>
        <source>Note: “{text}”</source>
        <translation type="unfinished">Notitie: ‘{text}’</translation>
    </message>
    <message>
        <source>Appointment: {title}</source>
        <translation type="unfinished">Afspraak: {title}</translation>
    </message>
    <message>
        <source>{family} — {what} ({buddy})</source>
        <translation type="unfinished">{family} — {what} ({buddy})</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished">E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Directory of services…</source>
        <translation type="unfinished">&amp;Dienstengids…</translation>
    </message>
</context>
<context>
    <name>BuddyWorkspace</name>
    <message>
        <source>No family is assigned to you yet.</source>
        <translation type="unfinished">Er is u nog geen gezin toegewezen.</translation>
    </message>
    <message>
        <source>to do: {count}</source>
        <translation type="unfinished">te doen: {count}</translation>
    </message>
    <message>
        <source>late: {count}</source>
        <translation type="unfinished">te laat: {count}</translation>
    </message>
    <message>
        <source>next by {date}</source>
        <translation type="unfinished">volgende uiterlijk {date}</translation>
    </message>
    <message>
        <source>No family selected</source>
        <translation type="unfinished">Geen gezin geselecteerd</translation>
    </message>
    <message>
        <source>Choose one of your families on the left.</source>
        <translation type="unfinished">Kies links een van uw gezinnen.</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation type="unfinished">{count} personen</translation>
    </message>
    <message>
        <source>speaks {languages}</source>
        <translation type="unfinished">spreekt {languages}</translation>
    </message>
    <message>
        <source>moving to {municipality}</source>
        <translation type="unfinished">verhuist naar {municipality}</translation>
    </message>
    <message>
        <source>left the centre on {date}</source>
        <translation type="unfinished">heeft het centrum verlaten op {date}</translation>
    </message>
    <message>
        <source>leaves the centre by {date}</source>
        <translation type="unfinished">verlaat het centrum uiterlijk {date}</translation>
    </message>
    <message>
        <source>social worker: {name}</source>
        <translation type="unfinished">maatschappelijk werker: {name}</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation type="unfinished">{done} van {total} stappen gedaan</translation>
    </message>
    <message>
        <source>{language} (the family&apos;s language)</source>
        <translation type="unfinished">{language} (de taal van het gezin)</translation>
    </message>
    <message>
        <source>Nothing to do right now: the open steps wait for another step.</source>
        <translation type="unfinished">Nu niets te doen: de open stappen wachten op een andere stap.</translation>
    </message>
    <message>
        <source>All steps are done.</source>
        <translation type="unfinished">Alle stappen zijn gedaan.</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished">Volgende: {title}</translation>
    </message>
    <message>
        <source>late since {date}</source>
        <translation type="unfinished">te laat sinds {date}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation type="unfinished">uiterlijk {date}</translation>
    </message>
    <message>
        <source>first another step</source>
        <translation type="unfinished">eerst een andere stap</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}</source>
        <translation type="unfinished">&lt;b&gt;Stand van zaken:&lt;/b&gt; {status}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Late:&lt;/b&gt; it was due on {date}</source>
        <translation type="unfinished">&lt;b&gt;Te laat:&lt;/b&gt; dit moest uiterlijk op {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;By:&lt;/b&gt; {date}</source>
        <translation type="unfinished">&lt;b&gt;Uiterlijk:&lt;/b&gt; {date}</translation>
    </message>
    <message>
        <source>Only the social worker records that the family left the centre: tell them the day the family left and where they went.</source>
        <translation type="unfinished">Alleen de maatschappelijk werker registreert dat het gezin het centrum verlaten heeft: zeg hem of haar op welke dag het gezin vertrok en waar het naartoe ging.</translation>
    </message>
    <message>
        <source>&lt;b&gt;First:&lt;/b&gt; {steps}</source>
        <translation type="unfinished">&lt;b&gt;Eerst:&lt;/b&gt; {steps}</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">Mee te brengen</translation>
    </message>
    <message>
        <source>Nothing in particular.</source>
        <translation type="unfinished">Niets in het bijzonder.</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation type="unfinished">Waar naartoe</translation>
    </message>
    <message>
        <source>Ask the social worker where to go for this step.</source>
        <translation type="unfinished">Vraag de maatschappelijk werker waar u voor deze stap naartoe moet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note on this step:&lt;/b&gt; {note}</source>
        <translation type="unfinished">&lt;b&gt;Notitie bij deze stap:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>&lt;b&gt;To check with the social worker:&lt;/b&gt; {note}</source>
        <translation type="unfinished">&lt;b&gt;Na te gaan met de maatschappelijk werker:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Address not in the directory yet: ask the social worker.</source>
        <translation type="unfinished">Adres nog niet in de dienstengids: vraag het aan de maatschappelijk werker.</translation>
    </message>
    <message>
        <source>Opening hours: {hours}</source>
        <translation type="unfinished">Openingsuren: {hours}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation type="unfinished">Telefoon: {phone}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation type="unfinished">E-mail: {email}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation type="unfinished">Talen: {languages}</translation>
    </message>
    <message>
        <source>Bring: {items}</source>
        <translation type="unfinished">Meebrengen: {items}</translation>
    </message>
    <message>
        <source>No appointment planned.</source>
        <translation type="unfinished">Geen afspraak gepland.</translation>
    </message>
    <message>
        <source>Your last note for the social worker ({date}): “{text}”</source>
        <translation type="unfinished">Uw laatste notitie voor de maatschappelijk werker ({date}): ‘{text}’</translation>
    </message>
    <message>
        <source>No longer &amp;waiting</source>
        <translation type="unfinished">Wacht &amp;niet meer</translation>
    </message>
    <message>
        <source>&amp;Waiting for someone</source>
        <translation type="unfinished">&amp;Wacht op iemand</translation>
    </message>
    <message>
        <source>Mark done: {step}</source>
        <translation type="unfinished">Gedaan: {step}</translation>
    </message>
    <message>
        <source>Waiting: {step}</source>
        <translation type="unfinished">Wacht: {step}</translation>
    </message>
    <message>
        <source>No longer waiting: {step}</source>
        <translation type="unfinished">Wacht niet meer: {step}</translation>
    </message>
    <message>
        <source>Note for the social worker</source>
        <translation type="unfinished">Notitie voor de maatschappelijk werker</translation>
    </message>
    <message>
        <source>What should the social worker know? (They see it highlighted; do not write medical or other sensitive details here.)</source>
        <translation type="unfinished">Wat moet de maatschappelijk werker weten? (Die ziet het gemarkeerd; schrijf hier geen medische of andere gevoelige gegevens.)</translation>
    </message>
</context>
<context>
    <name>BuddyWorkspaceView</name>
    <message>
        <source>Your families and their next steps</source>
        <translation type="unfinished">Uw gezinnen en hun volgende stappen</translation>
    </message>
    <message>
        <source>&amp;Your families</source>
        <translation type="unfinished">Uw g&amp;ezinnen</translation>
    </message>
    <message>
        <source>Choose a family to see its next steps, what to bring and where to go.</source>
        <translation type="unfinished">Kies een gezin om de volgende stappen te zien, wat mee te brengen en waar naartoe te gaan.</translation>
    </message>
    <message>
        <source>A social worker assigns families to you. You see only those families.</source>
        <translation type="unfinished">Een maatschappelijk werker wijst u gezinnen toe. U ziet alleen die gezinnen.</translation>
    </message>
    <message>
        <source>&amp;Explanations in:</source>
        <translation type="unfinished">&amp;Uitleg in:</translation>
    </message>
    <message>
        <source>Show &amp;later steps too</source>
        <translation type="unfinished">Ook &amp;latere stappen tonen</translation>
    </message>
    <message>
        <source>Also the open steps that must wait for another step first, or are blocked.</source>
        <translation type="unfinished">Ook de open stappen die eerst op een andere stap moeten wachten, of geblokkeerd zijn.</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation type="unfinished">&amp;Volgende stappen</translation>
    </message>
    <message>
        <source>The family&apos;s next steps, the most urgent first. Choose one to read what to do, what to bring and where to go.</source>
        <translation type="unfinished">De volgende stappen van het gezin, de dringendste eerst. Kies er een om te lezen wat te doen, wat mee te brengen en waar naartoe te gaan.</translation>
    </message>
    <message>
        <source>What to do, what to bring and where to go</source>
        <translation type="unfinished">Wat te doen, wat mee te brengen en waar naartoe</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished">Als &amp;gedaan markeren</translation>
    </message>
    <message>
        <source>The selected step is done (today).</source>
        <translation type="unfinished">De geselecteerde stap is gedaan (vandaag).</translation>
    </message>
    <message>
        <source>&amp;Waiting for someone</source>
        <translation type="unfinished">&amp;Wacht op iemand</translation>
    </message>
    <message>
        <source>The family did its part and waits for an answer or a document from someone else.</source>
        <translation type="unfinished">Het gezin heeft zijn deel gedaan en wacht op een antwoord of een document van iemand anders.</translation>
    </message>
    <message>
        <source>Appo&amp;intments</source>
        <translation type="unfinished">Af&amp;spraken</translation>
    </message>
    <message>
        <source>The family&apos;s appointments from today on: when, where and what to bring.</source>
        <translation type="unfinished">De afspraken van het gezin vanaf vandaag: wanneer, waar en wat mee te brengen.</translation>
    </message>
    <message>
        <source>&amp;Add appointment…</source>
        <translation type="unfinished">Afspraak &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Note for the &amp;social worker…</source>
        <translation type="unfinished">Notitie voor de &amp;maatschappelijk werker…</translation>
    </message>
    <message>
        <source>A short message for the family&apos;s social worker, who sees it highlighted.</source>
        <translation type="unfinished">Een kort bericht voor de maatschappelijk werker van het gezin, die het gemarkeerd ziet.</translation>
    </message>
</context>
<context>
    <name>CentreEditDialog</name>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">Opvangcentrum</translation>
    </message>
    <message>
        <source>New reception centre</source>
        <translation type="unfinished">Nieuw opvangcentrum</translation>
    </message>
    <message>
        <source>Reception centre {name}</source>
        <translation type="unfinished">Opvangcentrum {name}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation type="unfinished">Sommige wijzigingen zijn niet opgeslagen. Sluiten en ze verliezen?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">Sluiten zonder opslaan</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <source>Na&amp;me of the centre</source>
        <translation type="unfinished">&amp;Naam van het centrum</translation>
    </message>
    <message>
        <source>e.g. Centre Croix-Rouge de Jodoigne</source>
        <translation type="unfinished">bv. Opvangcentrum Rode Kruis Gent</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation type="unfinished">&amp;Opvangoperator</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation type="unfinished">&amp;Straat en nummer</translation>
    </message>
    <message>
        <source>e.g. Rue de la Station 12</source>
        <translation type="unfinished">bv. Stationsstraat 12</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished">&amp;Postcode</translation>
    </message>
    <message>
        <source>e.g. 1370</source>
        <translation type="unfinished">bv. 9000</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation type="unfinished">&amp;Gemeente</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished">Tele&amp;foon</translation>
    </message>
    <message>
        <source>e.g. 010 81 23 45</source>
        <translation type="unfinished">bv. 09 123 45 67</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">&amp;E-mail</translation>
    </message>
    <message>
        <source>e.g. reception@centre.be</source>
        <translation type="unfinished">bv. onthaal@centrum.be</translation>
    </message>
    <message>
        <source>Ente&amp;rprise number</source>
        <translation type="unfinished">Onderne&amp;mingsnummer</translation>
    </message>
    <message>
        <source>optional, e.g. 0403.019.261</source>
        <translation type="unfinished">niet verplicht, bv. 0403.019.261</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation type="unfinished">&amp;Logo</translation>
    </message>
    <message>
        <source>No logo (optional)</source>
        <translation type="unfinished">Geen logo (niet verplicht)</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation type="unfinished">Afbeelding kiezen…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 1 MB, printed at the top of letters and dossiers.</source>
        <translation type="unfinished">Een PNG- of JPEG-afbeelding van hoogstens 1 MB, bovenaan brieven en dossiers gedrukt.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished">Het logo verwijderen</translation>
    </message>
    <message>
        <source>Logo of the centre</source>
        <translation type="unfinished">Logo van het centrum</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished">Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>not a Belgian postcode</source>
        <translation type="unfinished">geen Belgische postcode</translation>
    </message>
    <message>
        <source>Choose the municipality…</source>
        <translation type="unfinished">Kies de gemeente…</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished">Het bestand kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>Preview of the logo</source>
        <translation type="unfinished">Voorbeeld van het logo</translation>
    </message>
    <message>
        <source>This file is not an image that can be shown.</source>
        <translation type="unfinished">Dit bestand is geen afbeelding die getoond kan worden.</translation>
    </message>
    <message>
        <source>Please correct these:</source>
        <translation type="unfinished">Verbeter het volgende:</translation>
    </message>
</context>
<context>
    <name>CentresDialog</name>
    <message>
        <source>Reception centres</source>
        <translation type="unfinished">Opvangcentra</translation>
    </message>
    <message>
        <source>Enter changes the selected centre.</source>
        <translation type="unfinished">Enter wijzigt het gekozen centrum.</translation>
    </message>
    <message>
        <source>Show &amp;retired centres</source>
        <translation type="unfinished">Ook centra buiten gebruik t&amp;onen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished">&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation type="unfinished">&amp;Buiten gebruik stellen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Sluiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished">Opvangoperator</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Toestand</translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished">buiten gebruik</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished">actief</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished">Weer in gebr&amp;uik nemen</translation>
    </message>
    <message>
        <source>Retire a centre</source>
        <translation type="unfinished">Een centrum buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Retire {name}? No new family or account can be added to it. What it has stays as it is: {families} families and {staff} active accounts. You can reactivate it later.</source>
        <translation type="unfinished">{name} buiten gebruik stellen? Er kunnen geen nieuwe gezinnen of accounts aan toegevoegd worden. Wat het heeft, blijft zoals het is: gezinnen: {families}, actieve accounts: {staff}. U kunt het later weer in gebruik nemen.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished">Buiten gebruik stellen</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Added by hand</source>
        <extracomment>the rule&apos;s warning (source text, &quot;Deadlines&quot; context, ``{total}`` and ``{maximum}``), None within the maximum; recording it then needs a reason for going beyond it Buckets of days left before the exit, in display order: (key, lowest, highest) inclusive. The deadline functions in the order of ``compute_deadlines``, each with the fields of :class:`CaseDates` it reads (``today`` always). ``case_deadlines`` calls each one on a case reduced to those fields, so that families sharing them share the (cached) result; a unit test checks that the result equals ``compute_deadlines`` on many cases.</extracomment>
        <translation type="unfinished">Met de hand toegevoegd</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Exit-support checklist</source>
        <translation type="unfinished">Checklist voor het verlaten van de opvang</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Volgende stap</translation>
    </message>
    <message>
        <source>Checklist steps by track</source>
        <translation type="unfinished">Stappen van de checklist per domein</translation>
    </message>
    <message>
        <source>Space ticks the selected step as done; F2 changes its status.</source>
        <translation type="unfinished">Spatie vinkt de geselecteerde stap af als gedaan; F2 wijzigt de status.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Stap</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Vervaldatum</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished">Gedaan op</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished">Gewijzigd door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notitie</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation type="unfinished">Geselecteerde stap</translation>
    </message>
    <message>
        <source>The day the selected step was done: today or earlier. Enter saves it.</source>
        <translation type="unfinished">De dag waarop de geselecteerde stap gedaan is: vandaag of vroeger. Enter bewaart hem.</translation>
    </message>
    <message>
        <source>&amp;Mark done on this date</source>
        <translation type="unfinished">&amp;Gedaan op deze datum</translation>
    </message>
    <message>
        <source>Ne&amp;w due date…</source>
        <translation type="unfinished">Nieuwe ve&amp;rvaldatum…</translation>
    </message>
    <message>
        <source>History of the selected step</source>
        <translation type="unfinished">Geschiedenis van de geselecteerde stap</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation type="unfinished">&amp;Status instellen</translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation type="unfinished">N&amp;otitie…</translation>
    </message>
    <message>
        <source>&amp;New step…</source>
        <translation type="unfinished">&amp;Nieuwe stap…</translation>
    </message>
    <message>
        <source>E&amp;xtension of stay…</source>
        <translation type="unfinished">&amp;Verlenging van het verblijf…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">Ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>Changes recorded as</source>
        <translation type="unfinished">Wijzigingen geregistreerd als</translation>
    </message>
    <message>
        <source>Signed-in person recording the changes</source>
        <translation type="unfinished">Aangemelde persoon die de wijzigingen registreert</translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished">Te doen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">Bezig</translation>
    </message>
    <message>
        <source>Waiting for someone else</source>
        <translation type="unfinished">Wacht op iemand anders</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Gedaan</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">Niet van toepassing</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished">Geblokkeerd</translation>
    </message>
    <message>
        <source>not yet possible</source>
        <translation type="unfinished">nog niet mogelijk</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation type="unfinished">Vlaanderen</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation type="unfinished">Brussel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation type="unfinished">Wallonië</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation type="unfinished">Duitstalige Gemeenschap</translation>
    </message>
    <message>
        <source>not known yet (only the steps common to every region)</source>
        <translation type="unfinished">nog niet bekend (alleen de stappen die voor alle gewesten gelden)</translation>
    </message>
    <message>
        <source>No checklist yet: it starts when the protection decision is recorded.</source>
        <translation type="unfinished">Nog geen checklist: die begint wanneer de beslissing over bescherming geregistreerd is.</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation type="unfinished">{done} van {total} gedaan</translation>
    </message>
    <message>
        <source>&lt;b&gt;All steps are done.&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Alle stappen zijn gedaan.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No step is possible right now&lt;/b&gt;: the open steps wait for someone else or are blocked.</source>
        <translation type="unfinished">&lt;b&gt;Op dit moment is geen enkele stap mogelijk&lt;/b&gt;: de open stappen wachten op iemand anders of zijn geblokkeerd.</translation>
    </message>
    <message>
        <source> — overdue since {date}</source>
        <translation type="unfinished"> — te laat sinds {date}</translation>
    </message>
    <message>
        <source> — due {date}</source>
        <translation type="unfinished"> — uiterlijk {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; {title}{due}</source>
        <translation type="unfinished">&lt;b&gt;Volgende stap:&lt;/b&gt; {title}{due}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bring:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Meebrengen:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bring:&lt;/b&gt; nothing in particular.</source>
        <translation type="unfinished">&lt;b&gt;Meebrengen:&lt;/b&gt; niets in het bijzonder.</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation type="unfinished">datum niet geregistreerd</translation>
    </message>
    <message>
        <source>Left the centre on {date} ({how})</source>
        <translation type="unfinished">Heeft het centrum verlaten op {date} ({how})</translation>
    </message>
    <message>
        <source>Left the centre on {date}</source>
        <translation type="unfinished">Heeft het centrum verlaten op {date}</translation>
    </message>
    <message>
        <source>Leave reception by {date} ({days} days late)</source>
        <translation type="unfinished">De opvang verlaten uiterlijk {date} ({days} dagen te laat)</translation>
    </message>
    <message>
        <source>Leave reception by {date} ({days} days left)</source>
        <translation type="unfinished">De opvang verlaten uiterlijk {date} (nog {days} dagen)</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation type="unfinished">{done} van {total} stappen gedaan</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation type="unfinished">Gewest: {region}</translation>
    </message>
    <message>
        <source>Extension: +{months} months on {date} ({reason})</source>
        <translation type="unfinished">Verlenging: +{months} maanden op {date} ({reason})</translation>
    </message>
    <message>
        <source>no longer needed: the family left</source>
        <translation type="unfinished">niet meer nodig: het gezin is vertrokken</translation>
    </message>
    <message>
        <source>(new date)</source>
        <translation type="unfinished">(nieuwe datum)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished">(te laat)</translation>
    </message>
    <message>
        <source>First: {steps}</source>
        <translation type="unfinished">Eerst: {steps}</translation>
    </message>
    <message>
        <source>Due date set by hand: {reason}</source>
        <translation type="unfinished">Vervaldatum met de hand ingesteld: {reason}</translation>
    </message>
    <message>
        <source>Bring: {documents}</source>
        <translation type="unfinished">Meebrengen: {documents}</translation>
    </message>
    <message>
        <source>No longer needed: the family left the centre.</source>
        <translation type="unfinished">Niet meer nodig: het gezin heeft het centrum verlaten.</translation>
    </message>
    <message>
        <source>Not yet possible: first {steps}.</source>
        <translation type="unfinished">Nog niet mogelijk: eerst {steps}.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished">geen datum</translation>
    </message>
    <message>
        <source>Due date set by hand: {date} (by the rules: {computed}). Reason: {reason}</source>
        <translation type="unfinished">Vervaldatum met de hand ingesteld: {date} (volgens de regels: {computed}). Reden: {reason}</translation>
    </message>
    <message>
        <source>Blocked: {reason}</source>
        <translation type="unfinished">Geblokkeerd: {reason}</translation>
    </message>
    <message>
        <source>Kept from the plan for the previous municipality.</source>
        <translation type="unfinished">Overgenomen uit het plan voor de vorige gemeente.</translation>
    </message>
    <message>
        <source>To check: {note}</source>
        <translation type="unfinished">Na te gaan: {note}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier changes</source>
        <translation type="unfinished">
            <numerusform>… en %n eerdere wijziging</numerusform>
            <numerusform>… en %n eerdere wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;History:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Geschiedenis:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Change the done date</source>
        <translation type="unfinished">Datum &amp;gedaan wijzigen</translation>
    </message>
    <message>
        <source>Blocked step</source>
        <translation type="unfinished">Geblokkeerde stap</translation>
    </message>
    <message>
        <source>Why is “{step}” blocked?</source>
        <translation type="unfinished">Waarom is ‘{step}’ geblokkeerd?</translation>
    </message>
    <message>
        <source>Mark done: {step}</source>
        <translation type="unfinished">Gedaan: {step}</translation>
    </message>
    <message>
        <source>Mark not done: {step}</source>
        <translation type="unfinished">Niet gedaan: {step}</translation>
    </message>
    <message>
        <source>{status}: {step}</source>
        <translation type="unfinished">{status}: {step}</translation>
    </message>
    <message>
        <source>The family did not leave?</source>
        <translation type="unfinished">Het gezin is niet vertrokken?</translation>
    </message>
    <message>
        <source>Undo leaving the centre? The case goes back to “in transition”, and its exit date ({date}) and how the family left are cleared.</source>
        <translation type="unfinished">Het vertrek uit het centrum ongedaan maken? Het dossier gaat terug naar “in transitie”, en de vertrekdatum ({date}) en hoe het gezin vertrok worden gewist.</translation>
    </message>
    <message>
        <source>Back in transition</source>
        <translation type="unfinished">Terug in transitie</translation>
    </message>
    <message>
        <source>Mark the step not done</source>
        <translation type="unfinished">De stap als niet gedaan markeren</translation>
    </message>
    <message>
        <source>“{step}” was done on {date}. Mark it not done and forget that date?</source>
        <translation type="unfinished">“{step}” is gedaan op {date}. Als niet gedaan markeren en die datum vergeten?</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation type="unfinished">Niet gedaan</translation>
    </message>
    <message>
        <source>Done on…</source>
        <translation type="unfinished">Gedaan op…</translation>
    </message>
    <message>
        <source>New due date…</source>
        <translation type="unfinished">Nieuwe vervaldatum…</translation>
    </message>
    <message>
        <source>Back to the computed due date</source>
        <translation type="unfinished">Terug naar de berekende vervaldatum</translation>
    </message>
    <message>
        <source>Remove this step…</source>
        <translation type="unfinished">Deze stap verwijderen…</translation>
    </message>
    <message>
        <source>Done date: {step}</source>
        <translation type="unfinished">Datum gedaan: {step}</translation>
    </message>
    <message>
        <source>The family left the centre</source>
        <translation type="unfinished">Het gezin heeft het centrum verlaten</translation>
    </message>
    <message>
        <source>New due date: {step}</source>
        <translation type="unfinished">Nieuwe vervaldatum: {step}</translation>
    </message>
    <message>
        <source>Back to the computed due date: {step}</source>
        <translation type="unfinished">Terug naar de berekende vervaldatum: {step}</translation>
    </message>
    <message>
        <source>Forget the due date set by hand for “{step}” ({date}) and its reason?</source>
        <translation type="unfinished">De met de hand ingestelde vervaldatum van “{step}” ({date}) en de reden vergeten?</translation>
    </message>
    <message>
        <source>Use the computed date</source>
        <translation type="unfinished">De berekende datum gebruiken</translation>
    </message>
    <message>
        <source>Remove a step</source>
        <translation type="unfinished">Een stap verwijderen</translation>
    </message>
    <message>
        <source>Remove the step “{step}” from this family&apos;s checklist?</source>
        <translation type="unfinished">De stap “{step}” uit de checklist van dit gezin verwijderen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Verwijderen</translation>
    </message>
    <message>
        <source>Remove step: {step}</source>
        <translation type="unfinished">Stap verwijderen: {step}</translation>
    </message>
    <message>
        <source>Note on “{step}”:</source>
        <translation type="unfinished">Notitie bij ‘{step}’:</translation>
    </message>
    <message>
        <source>Note: {step}</source>
        <translation type="unfinished">Notitie: {step}</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation type="unfinished">Een stap toevoegen</translation>
    </message>
    <message>
        <source>What needs to be done (for this family only)?</source>
        <translation type="unfinished">Wat moet er gebeuren (alleen voor dit gezin)?</translation>
    </message>
    <message>
        <source>New step: {step}</source>
        <translation type="unfinished">Nieuwe stap: {step}</translation>
    </message>
    <message>
        <source>Extension of the stay</source>
        <translation type="unfinished">Verlenging van het verblijf</translation>
    </message>
    <message>
        <source>the system</source>
        <translation type="unfinished">het systeem</translation>
    </message>
    <message>
        <source>postponed from {old} to {new}: {reason}</source>
        <translation type="unfinished">uitgesteld van {old} naar {new}: {reason}</translation>
    </message>
    <message>
        <source>back to the computed due date ({date})</source>
        <translation type="unfinished">terug naar de berekende vervaldatum ({date})</translation>
    </message>
    <message>
        <source>the family left the centre on {date} ({how})</source>
        <translation type="unfinished">het gezin heeft het centrum verlaten op {date} ({how})</translation>
    </message>
    <message>
        <source>done date changed from {old} to {new}</source>
        <translation type="unfinished">datum gedaan gewijzigd van {old} naar {new}</translation>
    </message>
    <message>
        <source>undid a change</source>
        <translation type="unfinished">heeft een wijziging ongedaan gemaakt</translation>
    </message>
    <message>
        <source>step added</source>
        <translation type="unfinished">stap toegevoegd</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation type="unfinished">notitie gewijzigd</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation type="unfinished">nieuwe status: {status}</translation>
    </message>
    <message>
        <source>{date}, {who}: {what}</source>
        <translation type="unfinished">{date}, {who}: {what}</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation type="unfinished">(ongedaan gemaakt)</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Handover dossier</source>
        <translation type="unfinished">Overdrachtsdossier</translation>
    </message>
    <message>
        <source>Referral to a service</source>
        <translation type="unfinished">Doorverwijzing naar een dienst</translation>
    </message>
    <message>
        <source>Letters to an authority</source>
        <translation type="unfinished">Brieven aan een overheid</translation>
    </message>
    <message>
        <source>Sharing contact details</source>
        <translation type="unfinished">Contactgegevens delen</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Consents</source>
        <translation type="unfinished">Toestemmingen</translation>
    </message>
    <message>
        <source>What the family agreed may be shared, with whom, and when the consent was given or withdrawn.</source>
        <translation type="unfinished">Wat het gezin toestaat te delen, met wie, en wanneer de toestemming gegeven of ingetrokken werd.</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation type="unfinished">Geregistreerde toestemmingen</translation>
    </message>
    <message>
        <source>Delete records the selected consent as withdrawn today, after asking.</source>
        <translation type="unfinished">Delete registreert de geselecteerde toestemming als vandaag ingetrokken, na bevestiging.</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation type="unfinished">Nieuwe toestemming</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished">&amp;Voor</translation>
    </message>
    <message>
        <source>What the consent is for</source>
        <translation type="unfinished">Waarvoor de toestemming geldt</translation>
    </message>
    <message>
        <source>&amp;What is shared</source>
        <translation type="unfinished">&amp;Wat gedeeld wordt</translation>
    </message>
    <message>
        <source>e.g. handover dossier, school enrolment</source>
        <translation type="unfinished">bv. overdrachtsdossier, inschrijving op school</translation>
    </message>
    <message>
        <source>Reci&amp;pient in the directory</source>
        <translation type="unfinished">Ontvanger in de &amp;adresgids</translation>
    </message>
    <message>
        <source>Recipient in the directory</source>
        <translation type="unfinished">Ontvanger in de adresgids</translation>
    </message>
    <message>
        <source>&amp;Shared with</source>
        <translation type="unfinished">&amp;Gedeeld met</translation>
    </message>
    <message>
        <source>e.g. CPAS de Liège</source>
        <translation type="unfinished">bv. OCMW Antwerpen</translation>
    </message>
    <message>
        <source>Confidential &amp;notes may be shared too</source>
        <translation type="unfinished">Vertrouwelijke &amp;notities mogen ook gedeeld worden</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation type="unfinished">Gegeven &amp;door</translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation type="unfinished">Gegeven &amp;op</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">Toestemming &amp;registreren</translation>
    </message>
    <message>
        <source>Withdrawn &amp;today</source>
        <translation type="unfinished">Vandaag &amp;ingetrokken</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Sluiten</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">Voor</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation type="unfinished">Wat gedeeld wordt</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished">Gedeeld met</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished">Gegeven door</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished">Gegeven op</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished">Ingetrokken op</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished">Geregistreerd door</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation type="unfinished">Vertrouwelijke notities</translation>
    </message>
    <message>
        <source>Consents — {case}</source>
        <extracomment>the directory kinds a consent may name (CPAS, municipality, integration agency, the centre&apos;s own entries)</extracomment>
        <translation type="unfinished">Toestemmingen — {case}</translation>
    </message>
    <message>
        <source>Other (say what below)</source>
        <translation type="unfinished">Andere (vul hieronder in wat)</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation type="unfinished">Het hele gezin</translation>
    </message>
    <message>
        <source>A consent cannot be given in the future.</source>
        <translation type="unfinished">Een toestemming kan niet in de toekomst gegeven worden.</translation>
    </message>
    <message>
        <source>Not in the directory (type the name below)</source>
        <translation type="unfinished">Niet in de adresgids (typ de naam hieronder)</translation>
    </message>
    <message>
        <source>the whole family</source>
        <translation type="unfinished">het hele gezin</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ja</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished">Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>Record that the consent to share “{what}” with {whom} was withdrawn today?</source>
        <translation type="unfinished">Registreren dat de toestemming om ‘{what}’ te delen met {whom} vandaag werd ingetrokken?</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Ingetrokken</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished">Overzicht</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation type="unfinished">&amp;Maatschappelijk werker</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation type="unfinished">&amp;Domein</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> dagen</translation>
    </message>
    <message>
        <source>Due w&amp;ithin</source>
        <translation type="unfinished">Uiterlijk b&amp;innen</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished">V&amp;ernieuwen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished">E&amp;xporteren…</translation>
    </message>
    <message>
        <source>The dashboard&apos;s counts and tables, every row, as an Excel or CSV file</source>
        <translation type="unfinished">De tellingen en tabellen van het overzicht, alle rijen, als Excel- of CSV-bestand</translation>
    </message>
    <message>
        <source>Families by days left before leaving reception</source>
        <translation type="unfinished">Gezinnen volgens resterende dagen tot het verlaten van de opvang</translation>
    </message>
    <message>
        <source>&amp;Families by days left</source>
        <translation type="unfinished">&amp;Gezinnen volgens resterende dagen</translation>
    </message>
    <message>
        <source>Enter or a double click opens the family&apos;s checklist in the main window.</source>
        <translation type="unfinished">Enter of dubbelklikken opent de checklist van het gezin in het hoofdvenster.</translation>
    </message>
    <message>
        <source>&amp;Overdue steps</source>
        <translation type="unfinished">&amp;Achterstallige stappen</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation type="unfinished">Achterstallige stappen</translation>
    </message>
    <message>
        <source>Family &amp;reunification windows</source>
        <translation type="unfinished">Termijnen voor gezins&amp;hereniging</translation>
    </message>
    <message>
        <source>Family reunification windows closing soon</source>
        <translation type="unfinished">Termijnen voor gezinshereniging die binnenkort aflopen</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open the family.</source>
        <translation type="unfinished">Dubbelklik op een rij (of druk op Enter) om het gezin te openen.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished">te laat</translation>
    </message>
    <message>
        <source>0–7 days</source>
        <translation type="unfinished">0–7 dagen</translation>
    </message>
    <message>
        <source>8–14 days</source>
        <translation type="unfinished">8–14 dagen</translation>
    </message>
    <message>
        <source>15–30 days</source>
        <translation type="unfinished">15–30 dagen</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished">31–60 dagen</translation>
    </message>
    <message>
        <source>more than 60 days</source>
        <translation type="unfinished">meer dan 60 dagen</translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished">geen datum</translation>
    </message>
    <message>
        <source>Whole centre (all workers)</source>
        <translation type="unfinished">Heel het centrum (alle maatschappelijk werkers)</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished">Alle domeinen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Laden…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; families still in reception</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; gezinnen nog in de opvang</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; overdue steps</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; achterstallige stappen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; steps due within {days} days</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; stappen uiterlijk binnen {days} dagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; family reunification windows closing within {days} days</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; termijnen voor gezinshereniging die binnen {days} dagen aflopen</translation>
    </message>
    <message>
        <source>Days left before leaving reception — {buckets}</source>
        <translation type="unfinished">Resterende dagen tot het verlaten van de opvang — {buckets}</translation>
    </message>
    <message>
        <source>Each table shows the first {n} rows.</source>
        <translation type="unfinished">Elke tabel toont de eerste {n} rijen.</translation>
    </message>
    <message>
        <source>&amp;Families by days left ({n})</source>
        <translation type="unfinished">&amp;Gezinnen volgens resterende dagen ({n})</translation>
    </message>
    <message>
        <source>&amp;Overdue steps ({n})</source>
        <translation type="unfinished">&amp;Achterstallige stappen ({n})</translation>
    </message>
    <message>
        <source>Family &amp;reunification windows ({n})</source>
        <translation type="unfinished">Termijnen voor gezins&amp;hereniging ({n})</translation>
    </message>
    <message>
        <source>Leave by</source>
        <translation type="unfinished">Vertrek uiterlijk</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished">Resterende dagen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">Dossier</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Gezin</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished">Maatschappelijk werker</translation>
    </message>
    <message>
        <source>Open steps</source>
        <translation type="unfinished">Open stappen</translation>
    </message>
    <message>
        <source>{n} late</source>
        <translation type="unfinished">{n} te laat</translation>
    </message>
    <message numerus="yes">
        <source>%n steps overdue</source>
        <translation type="unfinished">
            <numerusform>%n stap achterstallig</numerusform>
            <numerusform>%n stappen achterstallig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation type="unfinished">
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Was due</source>
        <translation type="unfinished">Was uiterlijk</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished">Dagen te laat</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Stap</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Favourable window ends</source>
        <translation type="unfinished">Einde van de gunstige termijn</translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished">Aanvraag</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This database was written by a newer version of Transition Assistant (schema {revision}). Install the newer version to open it; the file has not been changed.</source>
        <extracomment>The newest revision in ``migrations/versions`` (a test checks it matches Alembic&apos;s head).</extracomment>
        <translation type="unfinished">Deze databank werd gemaakt met een nieuwere versie van Transition Assistant (schema {revision}). Installeer die nieuwere versie om ze te openen; het bestand werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>This file is not a Transition Assistant database; it has not been changed.</source>
        <translation type="unfinished">Dit bestand is geen databank van Transition Assistant; het werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase. Enter the passphrase to open it.</source>
        <translation type="unfinished">Deze databank is beveiligd met een wachtzin. Geef de wachtzin in om ze te openen.</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase and no keyring is available: set TRANSITION_APP_PASSPHRASE to the passphrase.</source>
        <translation type="unfinished">Deze databank is beveiligd met een wachtzin en er is geen sleutelbos beschikbaar: stel TRANSITION_APP_PASSPHRASE in op de wachtzin.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the database key: choose a passphrase to protect the new database.</source>
        <translation type="unfinished">Er is geen sleutelbos van het systeem beschikbaar om de sleutel van de databank te bewaren: kies een wachtzin om de nieuwe databank te beveiligen.</translation>
    </message>
    <message>
        <source>The key of this database is not in this computer&apos;s keyring ({reason}). Enter the recovery key to open the database; the key will be stored in the keyring again.</source>
        <translation type="unfinished">De sleutel van deze databank staat niet in de sleutelbos van deze computer ({reason}). Geef de herstelsleutel in om de databank te openen; de sleutel wordt dan opnieuw in de sleutelbos bewaard.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. The database has not been changed.</source>
        <translation type="unfinished">De wachtzin is niet juist. De databank werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database (it may belong to another one). The database has not been changed.</source>
        <translation type="unfinished">Deze herstelsleutel opent deze databank niet (hij hoort misschien bij een andere). De databank werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>The key does not open this database file. The file has not been changed.</source>
        <translation type="unfinished">De sleutel opent dit databankbestand niet. Het bestand werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>This is not a valid recovery key; check it for typing mistakes. A recovery key has 14 groups of 4 letters and digits.</source>
        <translation type="unfinished">Dit is geen geldige herstelsleutel; controleer hem op tikfouten. Een herstelsleutel bestaat uit 14 groepen van 4 letters en cijfers.</translation>
    </message>
    <message>
        <source>This database is not encrypted. The file has not been changed.</source>
        <translation type="unfinished">Deze databank is niet versleuteld. Het bestand werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>This file is not an encrypted Transition Assistant database, or it does not belong with its key information. The file has not been changed.</source>
        <translation type="unfinished">Dit bestand is geen versleutelde databank van Transition Assistant, of het hoort niet bij de sleutelgegevens. Het bestand werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>The key information file next to the database cannot be read ({reason}). The database has not been changed; the recovery key can still open it.</source>
        <translation type="unfinished">Het bestand met de sleutelgegevens naast de databank kan niet worden gelezen ({reason}). De databank werd niet gewijzigd; de herstelsleutel kan ze nog altijd openen.</translation>
    </message>
    <message>
        <source>This database already has a key. Nothing has been changed.</source>
        <translation type="unfinished">Deze databank heeft al een sleutel. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation type="unfinished">De wachtzin moet minstens {minimum} tekens hebben.</translation>
    </message>
    <message>
        <source>The key could not be stored in the keyring ({reason}). Choose a passphrase instead.</source>
        <translation type="unfinished">De sleutel kon niet in de sleutelbos worden bewaard ({reason}). Kies in de plaats een wachtzin.</translation>
    </message>
    <message>
        <source>no key information</source>
        <translation type="unfinished">geen sleutelinformatie</translation>
    </message>
    <message>
        <source>no system keyring</source>
        <translation type="unfinished">geen sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished">niet gevonden</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation type="unfinished">niet bewaard</translation>
    </message>
    <message>
        <source>the keyring entry does not match</source>
        <translation type="unfinished">de vermelding in de sleutelbos komt niet overeen</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished">beschadigd</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished">onbekend formaat</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the key of the new database: set TRANSITION_APP_PASSPHRASE to a passphrase (at least {minimum} characters) to protect it, or run the command in a terminal to type one.</source>
        <translation type="unfinished">Er is geen sleutelbos van het systeem om de sleutel van de nieuwe databank te bewaren: geef TRANSITION_APP_PASSPHRASE een wachtzin (minstens {minimum} tekens) om ze te beschermen, of start de opdracht in een terminal om er een te typen.</translation>
    </message>
    <message>
        <source>The key of this database is not in this computer&apos;s keyring: set TRANSITION_APP_RECOVERY_KEY to its recovery key (and TRANSITION_APP_PASSPHRASE if there is no keyring).</source>
        <translation type="unfinished">De sleutel van deze databank staat niet in de sleutelbos van deze computer: stel TRANSITION_APP_RECOVERY_KEY in op haar herstelsleutel (en TRANSITION_APP_PASSPHRASE als er geen sleutelbos is).</translation>
    </message>
    <message>
        <source>Backups are made of the encrypted embedded database only; a server database is backed up with the server&apos;s own tools.</source>
        <translation type="unfinished">Er worden alleen back-ups gemaakt van de versleutelde ingebouwde databank; een serverdatabank wordt geback-upt met de eigen hulpmiddelen van de server.</translation>
    </message>
    <message>
        <source>Choose another file for the backup: this one belongs to the database itself.</source>
        <translation type="unfinished">Kies een ander bestand voor de back-up: dit bestand hoort bij de databank zelf.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished">De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>The backup could not be written ({reason}). No backup file was kept.</source>
        <translation type="unfinished">De back-up kon niet worden geschreven ({reason}). Er werd geen back-upbestand bewaard.</translation>
    </message>
    <message>
        <source>The backup just written did not pass its check ({reason}); it was deleted. Try again, or write it to another disk.</source>
        <translation type="unfinished">De zonet geschreven back-up doorstond de controle niet ({reason}); hij werd verwijderd. Probeer het opnieuw, of schrijf hem naar een andere schijf.</translation>
    </message>
    <message>
        <source>The backup file {file} does not exist. Nothing has been changed.</source>
        <translation type="unfinished">Het back-upbestand {file} bestaat niet. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete ({reason}). Nothing has been changed.</source>
        <translation type="unfinished">Dit back-upbestand is beschadigd of onvolledig ({reason}). Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This file is not a Transition Assistant backup. Nothing has been changed.</source>
        <translation type="unfinished">Dit bestand is geen back-up van Transition Assistant. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This file is an unencrypted database, not an encrypted backup. Nothing has been changed.</source>
        <translation type="unfinished">Dit bestand is een niet-versleutelde databank, geen versleutelde back-up. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This backup does not open with the key of this database: it was made from another database (give its recovery key to restore it) or it is damaged. Nothing has been changed.</source>
        <translation type="unfinished">Deze back-up gaat niet open met de sleutel van deze databank: hij komt van een andere databank (geef de herstelsleutel daarvan om hem terug te zetten) of hij is beschadigd. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This recovery key does not open this backup (it may belong to another database), or the backup is damaged. Nothing has been changed.</source>
        <translation type="unfinished">Deze herstelsleutel opent deze back-up niet (hij hoort misschien bij een andere databank), of de back-up is beschadigd. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no database here yet: the recovery key of the backed-up database is needed to restore it on this computer. Nothing has been changed.</source>
        <translation type="unfinished">Er is hier nog geen databank: de herstelsleutel van de geback-upte databank is nodig om ze op deze computer terug te zetten. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Transition Assistant (schema {revision}). Install the newer version to restore it; nothing has been changed.</source>
        <translation type="unfinished">Deze back-up werd gemaakt met een nieuwere versie van Transition Assistant (schema {revision}). Installeer die nieuwere versie om hem terug te zetten; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database is open in another window or program: close Transition Assistant everywhere else, then restore again. Nothing has been changed.</source>
        <translation type="unfinished">De databank is geopend in een ander venster of programma: sluit Transition Assistant overal elders en zet daarna opnieuw terug. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished">het bestand is leeg</translation>
    </message>
    <message>
        <source>it does not hold the rows its list of contents names</source>
        <translation type="unfinished">het bevat niet de rijen die de inhoudslijst vermeldt</translation>
    </message>
    <message>
        <source>its rows differ from those of the database</source>
        <translation type="unfinished">de rijen verschillen van die van de databank</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd</source>
        <comment>hint of a date field: the day</comment>
        <translation type="unfinished">dd</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>hint of a date field: the month</comment>
        <translation type="unfinished">mm</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>hint of a date field: the year</comment>
        <translation type="unfinished">jjjj</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished">Kalender</translation>
    </message>
    <message>
        <source>Arrow keys move between days, Page Up and Page Down between months; Enter chooses the day, Escape closes the calendar.</source>
        <translation type="unfinished">De pijltjestoetsen gaan van dag tot dag, Page Up en Page Down van maand tot maand; Enter kiest de dag, Escape sluit de kalender.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished">&amp;Vandaag</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished">&amp;Wissen</translation>
    </message>
    <message>
        <source>Leave the date empty (Ctrl+Delete in the field)</source>
        <translation type="unfinished">De datum leeg laten (Ctrl+Delete in het veld)</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation type="unfinished">Kalender (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation type="unfinished">De kalender openen</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation type="unfinished">Hier is een datum nodig.</translation>
    </message>
    <message>
        <source>The date cannot be before {date}.</source>
        <translation type="unfinished">De datum kan niet vóór {date} liggen.</translation>
    </message>
    <message>
        <source>The date cannot be after {date}.</source>
        <translation type="unfinished">De datum kan niet na {date} liggen.</translation>
    </message>
    <message>
        <source>{hint} (required)</source>
        <translation type="unfinished">{hint} (verplicht)</translation>
    </message>
    <message>
        <source>Date, typed as {hint}; Alt+Down opens a calendar.</source>
        <translation type="unfinished">Datum, te typen als {hint}; Alt+Omlaag opent een kalender.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished">Verplicht.</translation>
    </message>
    <message>
        <source>Optional: Ctrl+Delete empties it.</source>
        <translation type="unfinished">Niet verplicht: Ctrl+Delete maakt het leeg.</translation>
    </message>
    <message>
        <source>Type the year with four digits, e.g. {example}.</source>
        <translation type="unfinished">Typ het jaar met vier cijfers, bv. {example}.</translation>
    </message>
    <message>
        <source>The year is missing: type the date as {hint}.</source>
        <translation type="unfinished">Het jaar ontbreekt: typ de datum als {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: there is no month {month}.</source>
        <translation type="unfinished">“{text}” is geen datum: er is geen maand {month}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: {month} {year} has {days} days.</source>
        <translation type="unfinished">“{text}” is geen datum: {month} {year} heeft {days} dagen.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as {hint}, e.g. {example}.</source>
        <translation type="unfinished">“{text}” is geen datum. Typ het als {hint}, bv. {example}.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>The extensions add up to {total} months, more than the configured maximum of {maximum} months.</source>
        <extracomment>The warning of ``reception_exit`` when the extensions go beyond the rule&apos;s maximum (marked for translation: the interface shows it, translated, before such an extension is saved).</extracomment>
        <translation type="unfinished">De verlengingen komen samen op {total} maanden, meer dan het ingestelde maximum van {maximum} maanden.</translation>
    </message>
    <message>
        <source>Leave the reception centre</source>
        <translation type="unfinished">Het opvangcentrum verlaten</translation>
    </message>
    <message>
        <source>Transition interview</source>
        <translation type="unfinished">Transitiegesprek</translation>
    </message>
    <message>
        <source>Resident chooses how to leave</source>
        <translation type="unfinished">Bewoner kiest de manier van vertrek</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation type="unfinished">Gezinshereniging</translation>
    </message>
    <message>
        <source>Ask the CPAS/OCMW for the rental guarantee</source>
        <translation type="unfinished">Huurwaarborg aanvragen bij het OCMW</translation>
    </message>
    <message>
        <source>CPAS/OCMW decision on integration income</source>
        <translation type="unfinished">Beslissing van het OCMW over het leefloon</translation>
    </message>
    <message>
        <source>Declare the new address</source>
        <translation type="unfinished">Het nieuwe adres aangeven</translation>
    </message>
    <message>
        <source>Renew the A card</source>
        <translation type="unfinished">De A-kaart vernieuwen</translation>
    </message>
    <message>
        <source>Unlimited stay (B card) possible</source>
        <translation type="unfinished">Onbeperkt verblijf (B-kaart) mogelijk</translation>
    </message>
    <message>
        <source>Integration path</source>
        <translation type="unfinished">Inburgeringstraject</translation>
    </message>
    <message>
        <source>Register for the integration path</source>
        <translation type="unfinished">Inschrijven voor het inburgeringstraject</translation>
    </message>
    <message>
        <source>Finish the integration path</source>
        <translation type="unfinished">Het inburgeringstraject afronden</translation>
    </message>
</context>
<context>
    <name>DirectoryEditorDialog</name>
    <message>
        <source>Directory of services</source>
        <translation type="unfinished">Dienstengids</translation>
    </message>
    <message>
        <source>Municipalities, their CPAS/OCMW and the integration agencies come with the application: add their address and opening hours here. Add the NGOs and offices your centre works with. What is entered here is used instead of what comes with the application.</source>
        <translation type="unfinished">Gemeenten, hun OCMW en de integratiediensten worden met de toepassing meegeleverd: vul hier hun adres en openingsuren aan. Voeg de ngo&apos;s en diensten toe waarmee uw centrum samenwerkt. Wat u hier ingeeft, wordt gebruikt in plaats van wat met de toepassing meegeleverd is.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished">&amp;Zoeken:</translation>
    </message>
    <message>
        <source>name, address, postcode or municipality</source>
        <translation type="unfinished">naam, adres, postcode of gemeente</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished">&amp;Tonen:</translation>
    </message>
    <message>
        <source>&amp;Only entries added or edited here</source>
        <translation type="unfinished">&amp;Alleen vermeldingen die hier toegevoegd of gewijzigd zijn</translation>
    </message>
    <message>
        <source>Directory entries</source>
        <translation type="unfinished">Vermeldingen in de dienstengids</translation>
    </message>
    <message>
        <source>Choose an entry to see or change it below; Delete removes an entry added here, after asking.</source>
        <translation type="unfinished">Kies een vermelding om ze hieronder te bekijken of te wijzigen; Delete verwijdert een hier toegevoegde vermelding, na bevestiging.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished">Vermelding</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished">&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Place for</source>
        <translation type="unfinished">&amp;Plaats voor</translation>
    </message>
    <message>
        <source>The checklist steps that send the family to this kind of place show this entry under &quot;Where to go&quot;.</source>
        <translation type="unfinished">De stappen van de checklist die het gezin naar dit soort plaats sturen, tonen deze vermelding onder ‘Waar naartoe’.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished">A&amp;dres</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation type="unfinished">straat en nummer</translation>
    </message>
    <message>
        <source>checked on</source>
        <translation type="unfinished">gecontroleerd op</translation>
    </message>
    <message>
        <source>Date the address was checked</source>
        <translation type="unfinished">Datum waarop het adres gecontroleerd is</translation>
    </message>
    <message>
        <source>The day this was last checked (by phone, on the website, by letter). Changing the value sets it to today.</source>
        <translation type="unfinished">De dag waarop dit het laatst gecontroleerd is (telefonisch, op de website, per brief). Wie de waarde wijzigt, zet de datum op vandaag.</translation>
    </message>
    <message>
        <source>Postco&amp;de</source>
        <translation type="unfinished">Post&amp;code</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished">Gemeente</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished">Tele&amp;foon</translation>
    </message>
    <message>
        <source>Date the phone number was checked</source>
        <translation type="unfinished">Datum waarop het telefoonnummer gecontroleerd is</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">&amp;E-mail</translation>
    </message>
    <message>
        <source>Date the e-mail address was checked</source>
        <translation type="unfinished">Datum waarop het e-mailadres gecontroleerd is</translation>
    </message>
    <message>
        <source>We&amp;bsite</source>
        <translation type="unfinished">&amp;Website</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished">https://…</translation>
    </message>
    <message>
        <source>Opening ho&amp;urs</source>
        <translation type="unfinished">Openings&amp;uren</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday 8:30–12:00, by appointment in the afternoon</source>
        <translation type="unfinished">bv. maandag tot vrijdag 8.30–12.00 uur, &apos;s namiddags op afspraak</translation>
    </message>
    <message>
        <source>Date the opening hours were checked</source>
        <translation type="unfinished">Datum waarop de openingsuren gecontroleerd zijn</translation>
    </message>
    <message>
        <source>&amp;Languages spoken</source>
        <translation type="unfinished">&amp;Gesproken talen</translation>
    </message>
    <message>
        <source>language codes, e.g. fr nl en ar</source>
        <translation type="unfinished">taalcodes, bv. fr nl en ar</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished">N&amp;otities</translation>
    </message>
    <message>
        <source>The address ma&amp;y be wrong: letters ask for it before printing it</source>
        <translation type="unfinished">Het adres is misschien &amp;fout: brieven vragen erom voordat ze het afdrukken</translation>
    </message>
    <message>
        <source>New ent&amp;ry</source>
        <translation type="unfinished">Nieuwe ve&amp;rmelding</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished">Ops&amp;laan</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished">Ve&amp;rwijderen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">Slu&amp;iten</translation>
    </message>
    <message>
        <source>CPAS / OCMW</source>
        <translation type="unfinished">OCMW</translation>
    </message>
    <message>
        <source>Integration agency</source>
        <translation type="unfinished">Integratiedienst</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished">Ngo</translation>
    </message>
    <message>
        <source>Other office</source>
        <translation type="unfinished">Andere dienst</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">Opvangcentrum</translation>
    </message>
    <message>
        <source>CGRS</source>
        <translation type="unfinished">CGVS</translation>
    </message>
    <message>
        <source>Immigration Office</source>
        <translation type="unfinished">Dienst Vreemdelingenzaken</translation>
    </message>
    <message>
        <source>Municipality (population service)</source>
        <translation type="unfinished">Gemeente (dienst bevolking)</translation>
    </message>
    <message>
        <source>Local police</source>
        <translation type="unfinished">Lokale politie</translation>
    </message>
    <message>
        <source>CPAS / OCMW of the new home</source>
        <translation type="unfinished">OCMW van de nieuwe woonplaats</translation>
    </message>
    <message>
        <source>Health insurance fund</source>
        <translation type="unfinished">Ziekenfonds</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished">Bank</translation>
    </message>
    <message>
        <source>Housing (landlords, social housing)</source>
        <translation type="unfinished">Huisvesting (verhuurders, sociale huisvesting)</translation>
    </message>
    <message>
        <source>Employment agency</source>
        <translation type="unfinished">Dienst voor arbeidsbemiddeling</translation>
    </message>
    <message>
        <source>Child benefit fund</source>
        <translation type="unfinished">Kinderbijslagfonds</translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished">School</translation>
    </message>
    <message>
        <source>Belgian embassy or consulate</source>
        <translation type="unfinished">Belgische ambassade of consulaat</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">Arts</translation>
    </message>
    <message>
        <source>NGO or social service</source>
        <translation type="unfinished">Ngo of sociale dienst</translation>
    </message>
    <message>
        <source>Comes with the application</source>
        <translation type="unfinished">Meegeleverd met de toepassing</translation>
    </message>
    <message>
        <source>Comes with the application, edited here</source>
        <translation type="unfinished">Meegeleverd met de toepassing, hier gewijzigd</translation>
    </message>
    <message>
        <source>Added here</source>
        <translation type="unfinished">Hier toegevoegd</translation>
    </message>
    <message>
        <source>Everything</source>
        <extracomment>the checked-date field -&gt; (its DateEdit, the edits of the detail it dates)</extracomment>
        <translation type="unfinished">Alles</translation>
    </message>
    <message>
        <source>(not linked to a step)</source>
        <translation type="unfinished">(niet gekoppeld aan een stap)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Soort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">Openingsuren</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefoon</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Bron</translation>
    </message>
    <message>
        <source>A check cannot be in the future.</source>
        <translation type="unfinished">Een controle kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>&amp;Only entries added or edited by the centre</source>
        <translation type="unfinished">&amp;Alleen vermeldingen die het centrum toevoegde of wijzigde</translation>
    </message>
    <message>
        <source>Addresses and opening hours of the CPAS/OCMW, municipalities, integration agencies and the NGOs and offices the centre works with. Only a social worker or a coordinator can change them.</source>
        <translation type="unfinished">Adressen en openingsuren van de OCMW&apos;s, gemeenten, integratiediensten en de ngo&apos;s en diensten waarmee het centrum samenwerkt. Alleen een maatschappelijk werker of een coördinator kan ze wijzigen.</translation>
    </message>
    <message>
        <source>Entries shown: {count}</source>
        <translation type="unfinished">Getoonde vermeldingen: {count}</translation>
    </message>
    <message>
        <source>Re&amp;move local details…</source>
        <translation type="unfinished">Lokale gegevens &amp;verwijderen…</translation>
    </message>
    <message>
        <source>A new entry: an NGO or an office the centre works with.</source>
        <translation type="unfinished">Een nieuwe vermelding: een ngo of een dienst waarmee het centrum samenwerkt.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished">Nieuwe vermelding</translation>
    </message>
    <message>
        <source>the name comes with the application; what you enter below is used instead of the shipped data.</source>
        <translation type="unfinished">de naam wordt met de toepassing meegeleverd; wat u hieronder ingeeft, wordt gebruikt in plaats van de meegeleverde gegevens.</translation>
    </message>
    <message>
        <source>Last changed by {name}.</source>
        <translation type="unfinished">Laatst gewijzigd door {name}.</translation>
    </message>
    <message>
        <source>from the postcode</source>
        <translation type="unfinished">volgens de postcode</translation>
    </message>
    <message>
        <source>Remove what was entered here for “{name}”? The entry comes back as it is shipped with the application.</source>
        <translation type="unfinished">Wat hier voor ‘{name}’ ingegeven werd, verwijderen? De vermelding wordt weer zoals ze met de toepassing meegeleverd werd.</translation>
    </message>
    <message>
        <source>Remove “{name}” from the directory? Steps will no longer show it under “Where to go”.</source>
        <translation type="unfinished">‘{name}’ uit de dienstengids verwijderen? De stappen tonen ze dan niet meer onder ‘Waar naartoe’.</translation>
    </message>
    <message>
        <source>Remove from the directory</source>
        <translation type="unfinished">Uit de dienstengids verwijderen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Verwijderen</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished">Voorbeeld</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished">Vorige pagina (Page Up)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished">Vorige pagina</translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished">◀</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation type="unfinished">Pa&amp;gina</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished">Paginanummer</translation>
    </message>
    <message>
        <source>of 1</source>
        <translation type="unfinished">van 1</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished">Volgende pagina (Page Down)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished">Volgende pagina</translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished">▶</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished">Uitzoomen (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished">Uitzoomen</translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished">−</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished">Zoomniveau</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished">Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished">Inzoomen</translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished">+</translation>
    </message>
    <message>
        <source>The preview is kept in memory only. A saved PDF or DOCX file is not encrypted: it is a plain copy of personal data. Keep it only as long as it is needed.</source>
        <translation type="unfinished">Het voorbeeld wordt alleen in het geheugen bewaard. Een opgeslagen PDF- of DOCX-bestand is niet versleuteld: het is een gewone kopie van persoonsgegevens. Bewaar het alleen zo lang als nodig.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished">Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as DO&amp;CX…</source>
        <translation type="unfinished">Opslaan als DO&amp;CX…</translation>
    </message>
    <message>
        <source>Document preview</source>
        <extracomment>``save(fmt, path, data)`` writes (and e.g. records) a saved file; ``print(pages)`` records a print.</extracomment>
        <translation type="unfinished">Voorbeeld van het document</translation>
    </message>
    <message>
        <source>Arrow keys scroll the page; Page Up and Page Down go to the previous or next page.</source>
        <translation type="unfinished">Met de pijltjestoetsen schuift u over de pagina; Page Up en Page Down gaan naar de vorige of volgende pagina.</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished">Passend in breedte</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation type="unfinished">van {count}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished">De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished">Opslaan als PDF</translation>
    </message>
    <message>
        <source>Save as DOCX</source>
        <translation type="unfinished">Opslaan als DOCX</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished">Word-documenten (*.docx)</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation type="unfinished">Het bestand kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished">Opgeslagen</translation>
    </message>
    <message>
        <source>Saved {file}.

This file is not encrypted: it is a plain copy of personal data. Keep it only as long as it is needed, and delete it afterwards.</source>
        <translation type="unfinished">{file} opgeslagen.

Dit bestand is niet versleuteld: het is een gewone kopie van persoonsgegevens. Bewaar het alleen zo lang als nodig en verwijder het daarna.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished">&amp;Documenten</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation type="unfinished">&amp;Brief…</translation>
    </message>
    <message>
        <source>A letter to an authority, with a copy for the family</source>
        <translation type="unfinished">Een brief aan een instantie, met een kopie voor het gezin</translation>
    </message>
    <message>
        <source>&amp;Handover dossier…</source>
        <translation type="unfinished">&amp;Overdrachtsdossier…</translation>
    </message>
    <message>
        <source>The family&apos;s file for the next actor</source>
        <translation type="unfinished">Het dossier van het gezin voor de volgende actor</translation>
    </message>
    <message>
        <source>Dossiers for families leaving &amp;soon…</source>
        <translation type="unfinished">Dossiers voor gezinnen die binnenkort &amp;vertrekken…</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Handover dossier</source>
        <translation type="unfinished">Overdrachtsdossier</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished">V&amp;oor</translation>
    </message>
    <message>
        <source>&amp;Name of the recipient</source>
        <translation type="unfinished">&amp;Naam van de ontvanger</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished">Niet verplicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Taal</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished">Onderdelen</translation>
    </message>
    <message>
        <source>The sections ticked for a recipient are the minimum they need. Share no more than necessary.</source>
        <translation type="unfinished">De onderdelen die voor een ontvanger aangevinkt zijn, zijn het minimum dat die nodig heeft. Deel niet meer dan nodig.</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation type="unfinished">Voorblad</translation>
    </message>
    <message>
        <source>Household composition</source>
        <translation type="unfinished">Samenstelling van het gezin</translation>
    </message>
    <message>
        <source>Protection status and key dates</source>
        <translation type="unfinished">Beschermingsstatus en belangrijke data</translation>
    </message>
    <message>
        <source>Exit-support checklist</source>
        <translation type="unfinished">Checklist voor het verlaten van de opvang</translation>
    </message>
    <message>
        <source>Contacts and referrals</source>
        <translation type="unfinished">Contacten en doorverwijzingen</translation>
    </message>
    <message>
        <source>Documents obtained and still missing</source>
        <translation type="unfinished">Verkregen en nog ontbrekende documenten</translation>
    </message>
    <message>
        <source>Handover notes</source>
        <translation type="unfinished">Overdrachtsnotities</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation type="unfinished">Vertrouwelijke notities</translation>
    </message>
    <message>
        <source>Confidential notes will be in this dossier. Include them only when the recipient needs them and the family agreed.</source>
        <translation type="unfinished">Er zullen vertrouwelijke notities in dit dossier staan. Neem ze alleen op als de ontvanger ze nodig heeft en het gezin ermee akkoord ging.</translation>
    </message>
    <message>
        <source>CPAS/OCMW</source>
        <translation type="unfinished">OCMW</translation>
    </message>
    <message>
        <source>Local reception initiative (LOI/ILA)</source>
        <translation type="unfinished">Lokaal opvanginitiatief (LOI)</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished">Ngo</translation>
    </message>
    <message>
        <source>Administrative buddy</source>
        <translation type="unfinished">Administratieve buddy</translation>
    </message>
    <message>
        <source>Next social worker</source>
        <translation type="unfinished">Volgende maatschappelijk werker</translation>
    </message>
    <message>
        <source>Each recipient&apos;s language</source>
        <translation type="unfinished">De taal van elke ontvanger</translation>
    </message>
    <message>
        <source>Summary (always first)</source>
        <translation type="unfinished">Samenvatting (altijd eerst)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished">&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation type="unfinished">Geen toestemming geregistreerd</translation>
    </message>
    <message>
        <source>The family has not given its consent to share a handover dossier with this recipient. Why must it be shared anyway? The reason is kept in the audit log: write no personal details.</source>
        <translation type="unfinished">Het gezin heeft geen toestemming gegeven om een overdrachtsdossier met deze ontvanger te delen. Waarom moet het toch gedeeld worden? De reden wordt bewaard in het auditlogboek: schrijf er geen persoonsgegevens in.</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Undo “{action}”</source>
        <translation type="unfinished">“{action}” &amp;ongedaan maken</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The action could not be completed. Please try again.</source>
        <translation type="unfinished">De actie kon niet worden uitgevoerd. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message>
        <source>Export a list</source>
        <translation type="unfinished">Een lijst exporteren</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation type="unfinished">Welke lijst</translation>
    </message>
    <message>
        <source>The &amp;family list, as filtered in the main window</source>
        <translation type="unfinished">De &amp;gezinslijst, gefilterd zoals in het hoofdvenster</translation>
    </message>
    <message>
        <source>The &amp;due list: open steps due within</source>
        <translation type="unfinished">De lijst met &amp;vervaldagen: open stappen uiterlijk binnen</translation>
    </message>
    <message>
        <source>Days ahead for the due list</source>
        <translation type="unfinished">Aantal dagen voor de lijst met vervaldagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> dagen</translation>
    </message>
    <message>
        <source>and the overdue ones</source>
        <translation type="unfinished">en de achterstallige</translation>
    </message>
    <message>
        <source>The da&amp;shboard: its counts and its three tables, every row</source>
        <translation type="unfinished">Het &amp;overzicht: de tellingen en de drie tabellen, alle rijen</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished">&amp;Bestandsformaat</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Sluiten</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <extracomment>(format, CSV separator) of each choice of the format list</extracomment>
        <translation type="unfinished">Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel in Belgium (fields separated by ;)</source>
        <translation type="unfinished">CSV voor Excel in België (velden gescheiden door ;)</translation>
    </message>
    <message>
        <source>CSV with commas (fields separated by ,)</source>
        <translation type="unfinished">CSV met komma&apos;s (velden gescheiden door ,)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Voortgang</translation>
    </message>
    <message>
        <source>Only the families the list shows now (its search and filters).</source>
        <translation type="unfinished">Alleen de gezinnen die de lijst nu toont (de zoekopdracht en filters).</translation>
    </message>
    <message>
        <source>Every family of the list but the archived ones.</source>
        <translation type="unfinished">Alle gezinnen van de lijst behalve de gearchiveerde.</translation>
    </message>
    <message>
        <source>With the dashboard&apos;s filters, due within {days} days.</source>
        <translation type="unfinished">Met de filters van het overzicht, uiterlijk binnen {days} dagen.</translation>
    </message>
    <message>
        <source>Every worker and every track, due within {days} days.</source>
        <translation type="unfinished">Alle maatschappelijk werkers en alle domeinen, uiterlijk binnen {days} dagen.</translation>
    </message>
    <message>
        <source>The protection status and the decision date are included: your role may see them.</source>
        <translation type="unfinished">De beschermingsstatus en de datum van de beslissing staan erin: uw rol mag ze zien.</translation>
    </message>
    <message>
        <source>Without the protection decision: your role does not show it.</source>
        <translation type="unfinished">Zonder de beschermingsbeslissing: uw rol toont ze niet.</translation>
    </message>
    <message>
        <source>National register numbers, contacts and notes are never in a list. The file is not encrypted: keep it safe and delete it when done.</source>
        <translation type="unfinished">Rijksregisternummers, contactgegevens en notities staan nooit in een lijst. Het bestand is niet versleuteld: bewaar het veilig en verwijder het als u klaar bent.</translation>
    </message>
    <message>
        <source>family-list</source>
        <translation type="unfinished">gezinslijst</translation>
    </message>
    <message>
        <source>due-within-{days}-days</source>
        <translation type="unfinished">vervaldagen-binnen-{days}-dagen</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation type="unfinished">overzicht</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished">Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished">CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation type="unfinished">De lijst opslaan als</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished">Het bestand wordt geschreven…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Bezig met annuleren…</translation>
    </message>
    <message numerus="yes">
        <source>The family list was saved (%n rows) in {file}.</source>
        <translation type="unfinished">
            <numerusform>De gezinslijst is opgeslagen (%n rij) in {file}.</numerusform>
            <numerusform>De gezinslijst is opgeslagen (%n rijen) in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The due list was saved (%n rows) in {file}.</source>
        <translation type="unfinished">
            <numerusform>De lijst met vervaldagen is opgeslagen (%n rij) in {file}.</numerusform>
            <numerusform>De lijst met vervaldagen is opgeslagen (%n rijen) in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dashboard was saved (%n rows) in {file}.</source>
        <translation type="unfinished">
            <numerusform>Het overzicht is opgeslagen (%n rij) in {file}.</numerusform>
            <numerusform>Het overzicht is opgeslagen (%n rijen) in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;list…</source>
        <translation type="unfinished">&amp;Lijst exporteren…</translation>
    </message>
    <message>
        <source>The family list, the due list or the dashboard as an Excel or CSV file</source>
        <translation type="unfinished">De gezinslijst, de lijst met vervaldagen of het overzicht als Excel- of CSV-bestand</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Extension of the stay in reception</source>
        <translation type="unfinished">Verlenging van het verblijf in de opvang</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished">&amp;Duur</translation>
    </message>
    <message>
        <source>Length of the extension in months</source>
        <translation type="unfinished">Duur van de verlenging in maanden</translation>
    </message>
    <message>
        <source>&amp;Granted on</source>
        <translation type="unfinished">&amp;Toegekend op</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;Reden</translation>
    </message>
    <message>
        <source>e.g. no housing found despite an active search</source>
        <translation type="unfinished">bv. geen woning gevonden ondanks actief zoeken</translation>
    </message>
    <message>
        <source>Warning of the rules</source>
        <translation type="unfinished">Waarschuwing van de regels</translation>
    </message>
    <message>
        <source>Why go &amp;beyond the maximum?</source>
        <translation type="unfinished">Waarom het maximum &amp;overschrijden?</translation>
    </message>
    <message>
        <source>e.g. agreed by Fedasil on 20 November (medical treatment)</source>
        <translation type="unfinished">bv. akkoord van Fedasil op 20 november (medische behandeling)</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">Te verbeteren problemen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Beyond the maximum.&lt;/b&gt; {rule} This maximum is uncertain and set in the rule data; go beyond it only with an agreement, and say why below.</source>
        <translation type="unfinished">&lt;b&gt;Boven het maximum.&lt;/b&gt; {rule} Dit maximum is onzeker en staat in de regelgegevens; ga er alleen boven met een akkoord, en zeg hieronder waarom.</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> maanden</translation>
    </message>
    <message>
        <source>Last day in reception: {before} now, {after} with this extension.</source>
        <translation type="unfinished">Laatste dag in de opvang: nu {before}, met deze verlenging {after}.</translation>
    </message>
</context>
<context>
    <name>FamilyEditDialog</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">Gezin</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation type="unfinished">&amp;Gezin</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation type="unfinished">&amp;Dossiernummer</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation type="unfinished">Wordt automatisch ingevuld als het veld leeg blijft</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished">S&amp;tatus</translation>
    </message>
    <message>
        <source>Social &amp;worker</source>
        <translation type="unfinished">&amp;Maatschappelijk werker</translation>
    </message>
    <message>
        <source>&amp;Arrival date</source>
        <translation type="unfinished">Aan&amp;komstdatum</translation>
    </message>
    <message>
        <source>E&amp;xit date</source>
        <translation type="unfinished">V&amp;ertrekdatum</translation>
    </message>
    <message>
        <source>Mo&amp;ving to (municipality)</source>
        <translation type="unfinished">&amp;Verhuist naar (gemeente)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished">Gezins&amp;leden</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished">Gezinsleden</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation type="unfinished">Lid verw&amp;ijderen</translation>
    </message>
    <message>
        <source>Selected member</source>
        <translation type="unfinished">Geselecteerd gezinslid</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation type="unfinished">&amp;Voornamen</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished">&amp;Familienaam</translation>
    </message>
    <message>
        <source>Re&amp;lation</source>
        <translation type="unfinished">Ver&amp;wantschap</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation type="unfinished">Geslac&amp;ht</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished">Geboorte&amp;datum</translation>
    </message>
    <message>
        <source>Nat&amp;ionality</source>
        <translation type="unfinished">&amp;Nationaliteit</translation>
    </message>
    <message>
        <source>&amp;Preferred language</source>
        <translation type="unfinished">V&amp;oorkeurstaal</translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC</source>
        <translation type="unfinished">JJ.MM.DD-XXX.CC</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Verblijfplaats</translation>
    </message>
    <message>
        <source>In Belgium (untick if abroad, awaiting reunification)</source>
        <translation type="unfinished">In België (vink uit als de persoon in het buitenland op gezinshereniging wacht)</translation>
    </message>
    <message>
        <source>Card n&amp;umber</source>
        <translation type="unfinished">&amp;Kaartnummer</translation>
    </message>
    <message>
        <source>Reception c&amp;entre</source>
        <translation type="unfinished">&amp;Opvangcentrum</translation>
    </message>
    <message>
        <source>The selected member&apos;s details are below the list. Delete removes the selected member, after asking.</source>
        <translation type="unfinished">De gegevens van het geselecteerde gezinslid staan onder de lijst. Delete verwijdert het geselecteerde gezinslid, na bevestiging.</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished">Gezinslid &amp;toevoegen</translation>
    </message>
    <message>
        <source>La&amp;nguages spoken</source>
        <translation type="unfinished">Ges&amp;proken talen</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected language.</source>
        <translation type="unfinished">Spatie vinkt de geselecteerde taal aan of uit.</translation>
    </message>
    <message>
        <source>Na&amp;tional register number</source>
        <translation type="unfinished">&amp;Rijksregisternummer</translation>
    </message>
    <message>
        <source>R&amp;esidence card</source>
        <translation type="unfinished">Verblijfsdoc&amp;ument</translation>
    </message>
    <message>
        <source>Card expire&amp;s</source>
        <translation type="unfinished">K&amp;aart geldig tot</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished">&amp;Beslissing</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <translation type="unfinished">Toegekende bescherming</translation>
    </message>
    <message>
        <source>Protection &amp;status</source>
        <translation type="unfinished">B&amp;eschermingsstatus</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation type="unfinished">Beslist d&amp;oor</translation>
    </message>
    <message>
        <source>Asylum &amp;application date</source>
        <translation type="unfinished">Datum as&amp;ielaanvraag</translation>
    </message>
    <message>
        <source>D&amp;ecision date</source>
        <translation type="unfinished">Beslissings&amp;datum</translation>
    </message>
    <message>
        <source>&amp;Notification date</source>
        <translation type="unfinished">Datum &amp;kennisgeving</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished">&amp;Referentie</translation>
    </message>
    <message>
        <source>CGRS file number</source>
        <translation type="unfinished">Dossiernummer CGVS</translation>
    </message>
    <message>
        <source>Immigration Office (OE/DV&amp;Z) number</source>
        <translation type="unfinished">Nummer van de Dienst Vreemdelingenzaken (DV&amp;Z)</translation>
    </message>
    <message>
        <source>e.g. 8.123.456</source>
        <translation type="unfinished">bv. 8.123.456</translation>
    </message>
    <message>
        <source>The family&apos;s file number at the Office des Etrangers / Dienst Vreemdelingenzaken, as on its letters. A CPAS asks for it.</source>
        <translation type="unfinished">Het dossiernummer van het gezin bij de Dienst Vreemdelingenzaken, zoals op zijn brieven. Het OCMW vraagt ernaar.</translation>
    </message>
    <message>
        <source>New h&amp;ome</source>
        <translation type="unfinished">Nieuwe &amp;woning</translation>
    </message>
    <message>
        <source>The family&apos;s new home, once found: entered here once, it fills in the letters (rental guarantee, CPAS, change of address).</source>
        <translation type="unfinished">De nieuwe woning van het gezin, zodra gevonden: één keer hier ingevuld, vult ze de brieven in (huurwaarborg, OCMW, adreswijziging).</translation>
    </message>
    <message>
        <source>New home</source>
        <translation type="unfinished">Nieuwe woning</translation>
    </message>
    <message>
        <source>Street, number, &amp;box</source>
        <translation type="unfinished">&amp;Straat, nummer, bus</translation>
    </message>
    <message>
        <source>e.g. Rue Haute 5 bte 2</source>
        <translation type="unfinished">bv. Hoogstraat 5 bus 2</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished">&amp;Postcode</translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation type="unfinished">4 cijfers</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation type="unfinished">Ge&amp;meente</translation>
    </message>
    <message>
        <source>Mo&amp;ve-in date</source>
        <translation type="unfinished">&amp;Intrekdatum</translation>
    </message>
    <message>
        <source>Monthly &amp;rent</source>
        <translation type="unfinished">&amp;Huur per maand</translation>
    </message>
    <message>
        <source>Monthly rent in euros</source>
        <translation type="unfinished">Huur per maand in euro</translation>
    </message>
    <message>
        <source>€ a month</source>
        <translation type="unfinished">€ per maand</translation>
    </message>
    <message>
        <source>Month&amp;ly charges</source>
        <translation type="unfinished">L&amp;asten per maand</translation>
    </message>
    <message>
        <source>Monthly charges in euros</source>
        <translation type="unfinished">Lasten per maand in euro</translation>
    </message>
    <message>
        <source>Rental gu&amp;arantee (deposit)</source>
        <translation type="unfinished">Huurwaa&amp;rborg</translation>
    </message>
    <message>
        <source>Rental guarantee in euros</source>
        <translation type="unfinished">Huurwaarborg in euro</translation>
    </message>
    <message>
        <source>€</source>
        <translation type="unfinished">€</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation type="unfinished">Verhuurder</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;Naam</translation>
    </message>
    <message>
        <source>Person or agency</source>
        <translation type="unfinished">Persoon of kantoor</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation type="unfinished">A&amp;dres</translation>
    </message>
    <message>
        <source>Street, number, box</source>
        <translation type="unfinished">Straat, nummer, bus</translation>
    </message>
    <message>
        <source>Pos&amp;tcode</source>
        <translation type="unfinished">P&amp;ostcode</translation>
    </message>
    <message>
        <source>Phon&amp;e</source>
        <translation type="unfinished">&amp;Telefoon</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation type="unfinished">&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished">&amp;Contacten</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished">Contactgegevens</translation>
    </message>
    <message>
        <source>F2 changes the selected cell; Delete removes the selected contact, after asking.</source>
        <translation type="unfinished">F2 wijzigt de geselecteerde cel; Delete verwijdert het geselecteerde contact, na bevestiging.</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation type="unfinished">Contact &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remove con&amp;tact</source>
        <translation type="unfinished">Contact &amp;verwijderen</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation type="unfinished">Op te lossen vóór het opslaan</translation>
    </message>
    <message>
        <source>(new member)</source>
        <translation type="unfinished">(nieuw gezinslid)</translation>
    </message>
    <message>
        <source>New family</source>
        <extracomment>field of a member (``members[i].&lt;field&gt;``) -&gt; the widget that edits it (the selected member&apos;s) every other field path the service names -&gt; its widget the widgets whose problems a dwelling postcode&apos;s problem also concerns (they contradict it)</extracomment>
        <translation type="unfinished">Nieuw gezin</translation>
    </message>
    <message>
        <source>Family {case}</source>
        <translation type="unfinished">Gezin {case}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(geen)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished">(niet vermeld)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished">Verwantschap</translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished">Geboren</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Soort</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notitie</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation type="unfinished">Een geboortedatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Born before 1900? Check the year.</source>
        <translation type="unfinished">Geboren vóór 1900? Controleer het jaar.</translation>
    </message>
    <message>
        <source>This card expired more than a year ago: check the year, or whether it was renewed.</source>
        <translation type="unfinished">Deze kaart is meer dan een jaar geleden verlopen: controleer het jaar, of ze vernieuwd werd.</translation>
    </message>
    <message>
        <source>More than ten years from now: check the year.</source>
        <translation type="unfinished">Meer dan tien jaar van nu: controleer het jaar.</translation>
    </message>
    <message>
        <source>The arrival cannot be in the future.</source>
        <translation type="unfinished">De aankomst kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The exit cannot be before the arrival ({date}).</source>
        <translation type="unfinished">Het vertrek kan niet vóór de aankomst ({date}) liggen.</translation>
    </message>
    <message>
        <source>The asylum application cannot be in the future.</source>
        <translation type="unfinished">De asielaanvraag kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The decision cannot be in the future.</source>
        <translation type="unfinished">De beslissing kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The decision cannot be before the asylum application ({date}).</source>
        <translation type="unfinished">De beslissing kan niet vóór de asielaanvraag ({date}) liggen.</translation>
    </message>
    <message>
        <source>The decision is before the arrival at the centre ({date}): right only if the family came from another centre.</source>
        <translation type="unfinished">De beslissing ligt vóór de aankomst in het centrum ({date}): juist alleen als het gezin uit een ander centrum komt.</translation>
    </message>
    <message>
        <source>The notification cannot be in the future.</source>
        <translation type="unfinished">De kennisgeving kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The notification cannot be before the decision ({date}).</source>
        <translation type="unfinished">De kennisgeving kan niet vóór de beslissing ({date}) liggen.</translation>
    </message>
    <message>
        <source>The move-in is before the arrival at the centre ({date}): check the year.</source>
        <translation type="unfinished">Het intrekken ligt vóór de aankomst in het centrum ({date}): controleer het jaar.</translation>
    </message>
    <message>
        <source>More than a year from now: check the year.</source>
        <translation type="unfinished">Meer dan een jaar van nu: controleer het jaar.</translation>
    </message>
    <message>
        <source>{postcode}: {names} — choose one</source>
        <translation type="unfinished">{postcode}: {names} — kies er een</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> of </translation>
    </message>
    <message>
        <source>not a Belgian postcode</source>
        <translation type="unfinished">geen Belgische postcode</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished">Gezinslid verwijderen</translation>
    </message>
    <message>
        <source>Remove {name} from this household?</source>
        <translation type="unfinished">{name} uit dit gezin verwijderen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Verwijderen</translation>
    </message>
    <message>
        <source>{name} (to correct)</source>
        <translation type="unfinished">{name} (te verbeteren)</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation type="unfinished">Gezinslid: {name}</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation type="unfinished">Soort contact</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished">Contact verwijderen</translation>
    </message>
    <message>
        <source>Remove the contact {value}?</source>
        <translation type="unfinished">Het contact {value} verwijderen?</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation type="unfinished">“{text}” is geen datum.</translation>
    </message>
    <message>
        <source>Choose the type of residence card: its number and expiry date are kept with it.</source>
        <translation type="unfinished">Kies het soort verblijfsdocument: het nummer en de vervaldatum worden ermee bewaard.</translation>
    </message>
    <message>
        <source>The new home is in {home} but the family is moving to {destination}: correct one of the two (the CPAS of the new home&apos;s municipality is the competent one).</source>
        <translation type="unfinished">De nieuwe woning ligt in {home} maar het gezin verhuist naar {destination}: verbeter een van beide (het OCMW van de gemeente van de nieuwe woning is bevoegd).</translation>
    </message>
    <message>
        <source>Please correct these before saving:</source>
        <translation type="unfinished">Corrigeer deze punten vóór het opslaan:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation type="unfinished">Sommige wijzigingen zijn niet opgeslagen. Sluiten en ze verliezen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished">Wijzigingen verwerpen</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished">Dossier</translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished">Gezin</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Leden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">Nationaliteit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Talen</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">Maatschappelijk werker</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">Beslissing</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Transition Assistant</source>
        <translation type="unfinished">Transition Assistant instellen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Welkom</translation>
    </message>
    <message>
        <source>This is the first start of Transition Assistant with this database.</source>
        <translation type="unfinished">Dit is de eerste start van Transition Assistant met deze databank.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Transition Assistant keeps the case files of families leaving reception: special-category personal data protected by the GDPR.&lt;/p&gt;&lt;p&gt;Everyone who uses it signs in with their own account. First create the &lt;b&gt;coordinator&lt;/b&gt; account: the coordinator manages the other accounts (social workers and admin buddies), reads the audit log and sets how long closed cases are kept.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Transition Assistant bewaart de dossiers van gezinnen die de opvang verlaten: bijzondere categorieën van persoonsgegevens, beschermd door de AVG.&lt;/p&gt;&lt;p&gt;Iedereen die het gebruikt, meldt zich aan met een eigen account. Maak eerst de account van de &lt;b&gt;coördinator&lt;/b&gt; aan: de coördinator beheert de andere accounts (maatschappelijk werkers en administratieve buddy&apos;s), leest het auditlogboek en bepaalt hoe lang afgesloten dossiers bewaard worden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The coordinator account</source>
        <translation type="unfinished">De account van de coördinator</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters that you do not use anywhere else.</source>
        <translation type="unfinished">Kies een wachtwoord van minstens 10 tekens dat u nergens anders gebruikt.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished">Volledige &amp;naam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Volledige naam</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Gebruikersnaam</translation>
    </message>
    <message>
        <source>e.g. m.janssens</source>
        <translation type="unfinished">bv. m.janssens</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Wachtwoord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished">Wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished">Wachtwoord herhalen</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished">F&amp;unctie</translation>
    </message>
    <message>
        <source>Printed under your name in letters; choose one or type your own.</source>
        <translation type="unfinished">Wordt onder uw naam in brieven gedrukt; kies er een of typ uw eigen functie.</translation>
    </message>
    <message>
        <source>Title f&amp;orm</source>
        <translation type="unfinished">Vorm van de functie&amp;titel</translation>
    </message>
    <message>
        <source>How your job title is written: feminine, masculine or neutral.</source>
        <translation type="unfinished">Hoe uw functietitel geschreven wordt: vrouwelijk, mannelijk of neutraal.</translation>
    </message>
    <message>
        <source>Direct p&amp;hone</source>
        <translation type="unfinished">Rechtstreekse tele&amp;foon</translation>
    </message>
    <message>
        <source>optional, e.g. 0470 12 34 56</source>
        <translation type="unfinished">niet verplicht, bv. 0470 12 34 56</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">&amp;E-mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">niet verplicht</translation>
    </message>
    <message>
        <source>The reception centre</source>
        <translation type="unfinished">Het opvangcentrum</translation>
    </message>
    <message>
        <source>Its name, address and contact details are printed at the top of letters and dossiers. You can add other centres later (Administration ▸ Reception centres).</source>
        <translation type="unfinished">De naam, het adres en de contactgegevens worden bovenaan brieven en dossiers gedrukt. Andere centra kunt u later toevoegen (Beheer ▸ Opvangcentra).</translation>
    </message>
    <message>
        <source>The recovery key of the database</source>
        <translation type="unfinished">De herstelsleutel van de databank</translation>
    </message>
    <message>
        <source>Write it down or print it and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished">Schrijf hem op of druk hem af en bewaar hem op een veilige plaats, weg van deze computer.</translation>
    </message>
    <message>
        <source>The database is encrypted. This key opens it if this computer&apos;s keyring or the passphrase is lost, or on another computer. It is shown only now.</source>
        <translation type="unfinished">De databank is versleuteld. Deze sleutel opent ze als de sleutelbos van deze computer of de wachtzin verloren is, of op een andere computer. Hij wordt alleen nu getoond.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Herstelsleutel</translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery key and keep it safe</source>
        <translation type="unfinished">Ik heb de herstelsleutel &amp;opgeschreven en bewaar hem veilig</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished">Klaar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">&amp;Beginnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;The coordinator account &lt;b&gt;{user}&lt;/b&gt; is ready and signed in, and the reception centre &lt;b&gt;{centre}&lt;/b&gt; is set up.&lt;/p&gt;&lt;p&gt;Next: create the accounts of the social workers and admin buddies with &lt;i&gt;Administration ▸ Users&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Het coördinatoraccount &lt;b&gt;{user}&lt;/b&gt; is klaar en aangemeld, en het opvangcentrum &lt;b&gt;{centre}&lt;/b&gt; is ingesteld.&lt;/p&gt;&lt;p&gt;Maak nu de accounts van de maatschappelijk werkers en de administratieve buddy&apos;s aan met &lt;i&gt;Beheer ▸ Gebruikers&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The coordinator account &lt;b&gt;{user}&lt;/b&gt; is ready and signed in.&lt;/p&gt;&lt;p&gt;Next: create the accounts of the social workers and admin buddies with &lt;i&gt;Administration ▸ Users&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;De account van de coördinator &lt;b&gt;{user}&lt;/b&gt; is klaar en aangemeld.&lt;/p&gt;&lt;p&gt;Volgende stap: maak de accounts van de maatschappelijk werkers en de administratieve buddy&apos;s aan met &lt;i&gt;Beheer ▸ Gebruikers&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <source>Translation: draft, not yet reviewed</source>
        <translation type="unfinished">Vertaling: ontwerp, nog niet nagelezen</translation>
    </message>
    <message>
        <source>The texts of this interface in {language} are draft translations that a qualified translator has not reviewed yet. Tell your coordinator about any text that is unclear or wrong.</source>
        <translation type="unfinished">De teksten van deze interface ({language}) zijn ontwerpvertalingen die nog geen gekwalificeerde vertaler heeft nagelezen. Meld onduidelijke of foute teksten aan uw coördinator.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Only .csv and .xlsx files can be imported (save an .xls or .ods file as .xlsx first).</source>
        <translation type="unfinished">Alleen .csv- en .xlsx-bestanden kunnen worden geïmporteerd (sla een .xls- of .ods-bestand eerst op als .xlsx).</translation>
    </message>
    <message>
        <source>This file could not be read as a {kind} file. Check that it is not damaged or protected by a password, and that it is the file you meant.</source>
        <translation type="unfinished">Dit bestand kan niet worden gelezen als {kind}-bestand. Controleer of het niet beschadigd of met een wachtwoord beveiligd is, en of het het juiste bestand is.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;{value}&apos; (its sheets: {sheets}).</source>
        <translation type="unfinished">De werkmap heeft geen blad met de naam ‘{value}’ (de bladen: {sheets}).</translation>
    </message>
    <message>
        <source>The file has no rows to import under its header row.</source>
        <translation type="unfinished">Het bestand heeft geen rijen om te importeren onder de kopregel.</translation>
    </message>
    <message>
        <source>The file {value} cannot be opened.</source>
        <translation type="unfinished">Het bestand {value} kan niet worden geopend.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a field that can be imported (the list: import --fields).</source>
        <translation type="unfinished">‘{value}’ is geen veld dat kan worden geïmporteerd (de lijst: import --fields).</translation>
    </message>
    <message>
        <source>The file has no column &apos;{value}&apos;.</source>
        <translation type="unfinished">Het bestand heeft geen kolom ‘{value}’.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not COLUMN=FIELD.</source>
        <translation type="unfinished">‘{value}’ heeft niet de vorm KOLOM=VELD.</translation>
    </message>
    <message>
        <source>{label} is given to more than one column ({columns}): keep it for one column only.</source>
        <translation type="unfinished">{label} is aan meer dan één kolom toegewezen ({columns}): houd het voor één kolom.</translation>
    </message>
    <message>
        <source>A column must be imported as the surname and one as the given names.</source>
        <translation type="unfinished">Eén kolom moet als familienaam worden geïmporteerd en één als voornamen.</translation>
    </message>
    <message>
        <source>There is no saved mapping named &apos;{value}&apos;.</source>
        <translation type="unfinished">Er is geen opgeslagen koppeling met de naam ‘{value}’.</translation>
    </message>
    <message>
        <source>A saved mapping needs a name of at most 60 characters.</source>
        <translation type="unfinished">Een opgeslagen koppeling heeft een naam van ten hoogste 60 tekens nodig.</translation>
    </message>
    <message>
        <source>There is no active social worker with the user name &apos;{value}&apos;.</source>
        <translation type="unfinished">Er is geen actieve maatschappelijk werker met de gebruikersnaam ‘{value}’.</translation>
    </message>
    <message>
        <source>This reception centre is retired: families can no longer be recorded in it.</source>
        <translation type="unfinished">Dit opvangcentrum is buiten gebruik: er kunnen geen gezinnen meer in worden geregistreerd.</translation>
    </message>
    <message>
        <source>Duplicates are either skipped or merged, not &apos;{value}&apos;.</source>
        <translation type="unfinished">Dubbels worden overgeslagen of samengevoegd, niet ‘{value}’.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date (write dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation type="unfinished">{label}: ‘{value}’ is geen datum (schrijf dd/mm/jjjj of jjjj-mm-dd).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; has a two-digit year, which could mean two centuries: write the year in full (for example 1993).</source>
        <translation type="unfinished">{label}: ‘{value}’ heeft een jaartal van twee cijfers, dat twee eeuwen kan betekenen: schrijf het jaar voluit (bijvoorbeeld 1993).</translation>
    </message>
    <message>
        <source>{label}: {value} is before 1900, which cannot be right.</source>
        <translation type="unfinished">{label}: {value} ligt vóór 1900, wat niet kan kloppen.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not recognised (use one of: {expected}).</source>
        <translation type="unfinished">{label}: ‘{value}’ wordt niet herkend (gebruik een van: {expected}).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a country code or a country name the application knows.</source>
        <translation type="unfinished">{label}: ‘{value}’ is geen landcode of landnaam die de toepassing kent.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a language code or a language name the application knows.</source>
        <translation type="unfinished">{label}: ‘{value}’ is geen taalcode of taalnaam die de toepassing kent.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a Belgian municipality or postcode.</source>
        <translation type="unfinished">{label}: ‘{value}’ is geen Belgische gemeente of postcode.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; can be more than one municipality ({names}): write its postcode or its full name.</source>
        <translation type="unfinished">{label}: ‘{value}’ kan meer dan één gemeente zijn ({names}): schrijf de postcode of de volledige naam.</translation>
    </message>
    <message>
        <source>{label}: this cell holds a formula whose result was not saved in the file. Open the file in Excel or LibreOffice, save it, and import it again.</source>
        <translation type="unfinished">{label}: deze cel bevat een formule waarvan het resultaat niet in het bestand is opgeslagen. Open het bestand in Excel of LibreOffice, sla het op en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {max} characters).</source>
        <translation type="unfinished">{label}: de tekst is te lang (maximaal {max} tekens).</translation>
    </message>
    <message>
        <source>{label}: the cell shows the error {value}.</source>
        <translation type="unfinished">{label}: de cel toont de fout {value}.</translation>
    </message>
    <message>
        <source>{label} is &apos;{value}&apos; here but &apos;{other_value}&apos; on row {other_row} of the same family: a family has one value.</source>
        <translation type="unfinished">{label} is hier ‘{value}’ maar ‘{other_value}’ op rij {other_row} van hetzelfde gezin: een gezin heeft één waarde.</translation>
    </message>
    <message>
        <source>This family has no head of household: mark one of its rows as the head ({label} column).</source>
        <translation type="unfinished">Dit gezin heeft geen gezinshoofd: duid een van de rijen aan als gezinshoofd (kolom {label}).</translation>
    </message>
    <message>
        <source>This family has more than one head of household (rows {rows}).</source>
        <translation type="unfinished">Dit gezin heeft meer dan één gezinshoofd (rijen {rows}).</translation>
    </message>
    <message>
        <source>{label} is needed for every member of a family of more than one person.</source>
        <translation type="unfinished">{label} is nodig voor elk lid van een gezin van meer dan één persoon.</translation>
    </message>
    <message>
        <source>This row has no family key, so it would be a household of its own, but its relationship is &apos;{value}&apos;: give it the key of its family.</source>
        <translation type="unfinished">Deze rij heeft geen gezinssleutel en zou dus een huishouden op zich zijn, maar de relatie is ‘{value}’: geef ze de sleutel van haar gezin.</translation>
    </message>
    <message>
        <source>{label} is needed when the family has a protection decision.</source>
        <translation type="unfinished">{label} is nodig als het gezin een beschermingsbeslissing heeft.</translation>
    </message>
    <message>
        <source>The same person is on row {other_row} of this family as well.</source>
        <translation type="unfinished">Dezelfde persoon staat ook op rij {other_row} van dit gezin.</translation>
    </message>
    <message>
        <source>Not imported with its family: row {other_row} of the same family has a problem.</source>
        <translation type="unfinished">Niet geïmporteerd met het gezin: rij {other_row} van hetzelfde gezin heeft een probleem.</translation>
    </message>
    <message>
        <source>This row is a head of household, but the family it would be merged into already has one.</source>
        <translation type="unfinished">Deze rij is een gezinshoofd, maar het gezin waarmee ze zou worden samengevoegd heeft er al een.</translation>
    </message>
    <message>
        <source>Family key</source>
        <extracomment>a person&apos;s own value (one per row) a value of the whole family: rows of one family must agree (empty cells are fine)</extracomment>
        <translation type="unfinished">Gezinssleutel</translation>
    </message>
    <message>
        <source>Rows with the same key are one family; a row without a key is a household of its own.</source>
        <translation type="unfinished">Rijen met dezelfde sleutel vormen één gezin; een rij zonder sleutel is een huishouden op zich.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished">Familienaam</translation>
    </message>
    <message>
        <source>The family name, as on the residence documents (required).</source>
        <translation type="unfinished">De familienaam, zoals op de verblijfsdocumenten (verplicht).</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished">Voornamen</translation>
    </message>
    <message>
        <source>The given names (required).</source>
        <translation type="unfinished">De voornamen (verplicht).</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished">Geboortedatum</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, d.m.yyyy, dd-mm-yyyy, yyyy-mm-dd or a date cell; the year in full.</source>
        <translation type="unfinished">dd/mm/jjjj, d.m.jjjj, dd-mm-jjjj, jjjj-mm-dd of een datumcel; het jaar voluit.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Geslacht</translation>
    </message>
    <message>
        <source>M, F or X; also H/V, Homme/Femme, Man/Vrouw.</source>
        <translation type="unfinished">M, F of X; ook H/V, Homme/Femme, Man/Vrouw.</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished">Relatie</translation>
    </message>
    <message>
        <source>To the head of household: head, spouse, partner, child, parent, sibling or other (French, Dutch or English words).</source>
        <translation type="unfinished">Tot het gezinshoofd: hoofd, echtgenoot, partner, kind, ouder, broer of zus, andere (Franse, Nederlandse of Engelse woorden).</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">Nationaliteit</translation>
    </message>
    <message>
        <source>An ISO country code (SY, AF...) or the country&apos;s name in French, Dutch or English.</source>
        <translation type="unfinished">Een ISO-landcode (SY, AF…) of de naam van het land in het Frans, Nederlands of Engels.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Talen</translation>
    </message>
    <message>
        <source>Languages spoken, as codes or names, separated by commas.</source>
        <translation type="unfinished">Gesproken talen, als codes of namen, gescheiden door komma’s.</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished">Voorkeurstaal</translation>
    </message>
    <message>
        <source>The language to use with the person (one of the languages spoken).</source>
        <translation type="unfinished">De taal om met de persoon te gebruiken (een van de gesproken talen).</translation>
    </message>
    <message>
        <source>In Belgium</source>
        <translation type="unfinished">In België</translation>
    </message>
    <message>
        <source>Yes, or no for a family member still abroad (family reunification); default yes.</source>
        <translation type="unfinished">Ja, of nee voor een gezinslid dat nog in het buitenland is (gezinshereniging); standaard ja.</translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation type="unfinished">Beschermingsstatus</translation>
    </message>
    <message>
        <source>Refugee or subsidiary protection (also réfugié, subsidiaire, vluchteling, subsidiaire bescherming).</source>
        <translation type="unfinished">Vluchteling of subsidiaire bescherming (ook réfugié, subsidiaire, vluchteling, subsidiaire bescherming).</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished">Beslissingsdatum</translation>
    </message>
    <message>
        <source>Date of the protection decision: the checklist and its deadlines start from it.</source>
        <translation type="unfinished">Datum van de beschermingsbeslissing: de checklist en de termijnen vertrekken daarvan.</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation type="unfinished">Datum van kennisgeving</translation>
    </message>
    <message>
        <source>Date the decision was notified.</source>
        <translation type="unfinished">Datum waarop de beslissing werd betekend.</translation>
    </message>
    <message>
        <source>Asylum application date</source>
        <translation type="unfinished">Datum van de asielaanvraag</translation>
    </message>
    <message>
        <source>Date of the asylum application.</source>
        <translation type="unfinished">Datum van de asielaanvraag.</translation>
    </message>
    <message>
        <source>Deciding body</source>
        <translation type="unfinished">Beslissende instantie</translation>
    </message>
    <message>
        <source>CGRS / CGRA / CGVS (the default) or CALL / CCE / RvV.</source>
        <translation type="unfinished">CGVS / CGRA / CGRS (standaard) of RvV / CCE / CALL.</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished">Referentie van de beslissing</translation>
    </message>
    <message>
        <source>The reference of the decision letter.</source>
        <translation type="unfinished">De referentie van de beslissingsbrief.</translation>
    </message>
    <message>
        <source>Destination municipality</source>
        <translation type="unfinished">Gemeente van bestemming</translation>
    </message>
    <message>
        <source>Where the family will live: the name in French, Dutch or German, or the postcode.</source>
        <translation type="unfinished">Waar het gezin gaat wonen: de naam in het Frans, Nederlands of Duits, of de postcode.</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished">Aankomstdatum</translation>
    </message>
    <message>
        <source>Arrival in the reception centre.</source>
        <translation type="unfinished">Aankomst in het opvangcentrum.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefoon</translation>
    </message>
    <message>
        <source>A phone number, added to the family&apos;s contacts.</source>
        <translation type="unfinished">Een telefoonnummer, toegevoegd aan de contactgegevens van het gezin.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>An e-mail address, added to the family&apos;s contacts.</source>
        <translation type="unfinished">Een e-mailadres, toegevoegd aan de contactgegevens van het gezin.</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation type="unfinished">Rijksregisternummer</translation>
    </message>
    <message>
        <source>Belgian national register or BIS number, checked against the birth date.</source>
        <translation type="unfinished">Belgisch rijksregister- of BIS-nummer, gecontroleerd met de geboortedatum.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Dossiernummer</translation>
    </message>
    <message>
        <source>The family&apos;s case number; a new one is given when it is empty.</source>
        <translation type="unfinished">Het dossiernummer van het gezin; een nieuw wordt gegeven als het leeg is.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notities</translation>
    </message>
    <message>
        <source>Text added to the family&apos;s notes (not confidential).</source>
        <translation type="unfinished">Tekst toegevoegd aan de notities van het gezin (niet vertrouwelijk).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import families</source>
        <translation type="unfinished">Gezinnen importeren</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished">Het bestand om te importeren</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one row per person and a header row. Rows with the same family key become one family.</source>
        <translation type="unfinished">Een CSV- of Excelbestand (.xlsx) met één rij per persoon en een kopregel. Rijen met dezelfde gezinssleutel vormen één gezin.</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">Be&amp;stand:</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Bestand</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file</source>
        <translation type="unfinished">Kies een .csv- of .xlsx-bestand</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation type="unfinished">K&amp;iezen…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished">B&amp;lad:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished">Blad</translation>
    </message>
    <message>
        <source>Reception &amp;centre:</source>
        <translation type="unfinished">Opvang&amp;centrum:</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">Opvangcentrum</translation>
    </message>
    <message>
        <source>Social &amp;worker:</source>
        <translation type="unfinished">Maatschappelijk &amp;werker:</translation>
    </message>
    <message>
        <source>Social worker who follows the families</source>
        <translation type="unfinished">Maatschappelijk werker die de gezinnen volgt</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished">Kolommen</translation>
    </message>
    <message>
        <source>What each column of the file holds. The headers were recognised where they could be; choose a column, then what it is imported as.</source>
        <translation type="unfinished">Wat elke kolom van het bestand bevat. De kopteksten werden herkend waar dat kon; kies een kolom en dan waarals ze wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished">Kolommen van het bestand</translation>
    </message>
    <message>
        <source>One row per column of the file: its header, example values and what it is imported as. Choose a row with the arrow keys, then change what it is imported as in the field below.</source>
        <translation type="unfinished">Eén rij per kolom van het bestand: de koptekst, voorbeeldwaarden en waarals ze wordt geïmporteerd. Kies een rij met de pijltjestoetsen en wijzig daaronder waarals ze wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>&amp;Imported as:</source>
        <translation type="unfinished">&amp;Geïmporteerd als:</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished">Geïmporteerd als</translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation type="unfinished">Opgeslagen &amp;koppelingen:</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation type="unfinished">Opgeslagen koppelingen</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished">Geb&amp;ruiken</translation>
    </message>
    <message>
        <source>Sa&amp;ve this mapping…</source>
        <translation type="unfinished">Deze koppeling op&amp;slaan…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished">Voorbeeld</translation>
    </message>
    <message>
        <source>The first rows as they will be stored: dates, nationalities and municipalities as the application read them, and the families they make.</source>
        <translation type="unfinished">De eerste rijen zoals ze worden opgeslagen: datums, nationaliteiten en gemeenten zoals de toepassing ze las, en de gezinnen die ze vormen.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished">Voorbeeld van de eerste rijen</translation>
    </message>
    <message>
        <source>One row per person as it will be stored, with the number of its family and the row number in the file. Read only.</source>
        <translation type="unfinished">Eén rij per persoon zoals ze wordt opgeslagen, met het nummer van haar gezin en het rijnummer in het bestand. Alleen lezen.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">Controle</translation>
    </message>
    <message>
        <source>Every row is checked with the rules of a family entered by hand; nothing is written yet.</source>
        <translation type="unfinished">Elke rij wordt gecontroleerd met de regels van een gezin dat met de hand wordt ingevoerd; er wordt nog niets geschreven.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation type="unfinished">Voortgang van de controle</translation>
    </message>
    <message>
        <source>&amp;Rejected rows:</source>
        <translation type="unfinished">&amp;Geweigerde rijen:</translation>
    </message>
    <message>
        <source>Every rejected row: its number in the file, the column, the field and the reason. Copy or save the list to correct the file.</source>
        <translation type="unfinished">Elke geweigerde rij: het nummer in het bestand, de kolom, het veld en de reden. Kopieer of bewaar de lijst om het bestand te verbeteren.</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation type="unfinished">Lijst &amp;kopiëren</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation type="unfinished">Opslaan als &amp;CSV…</translation>
    </message>
    <message>
        <source>Import the other families &amp;without the rejected rows</source>
        <translation type="unfinished">De andere gezinnen importeren, &amp;zonder de geweigerde rijen</translation>
    </message>
    <message>
        <source>&amp;Duplicates (people already recorded):</source>
        <translation type="unfinished">&amp;Dubbels (al geregistreerde personen):</translation>
    </message>
    <message>
        <source>Families of the file with a person already recorded: the row, the family it matches, how it matched and what will be done. Choose a row, then skip or merge it below.</source>
        <translation type="unfinished">Gezinnen uit het bestand met een persoon die al geregistreerd is: de rij, het overeenkomende gezin, hoe het overeenkomt en wat er zal gebeuren. Kies een rij en sla ze daaronder over of voeg ze samen.</translation>
    </message>
    <message>
        <source>This d&amp;uplicate:</source>
        <translation type="unfinished">Deze dubbe&amp;l:</translation>
    </message>
    <message>
        <source>What to do with the chosen duplicate</source>
        <translation type="unfinished">Wat met de gekozen dubbel te doen</translation>
    </message>
    <message>
        <source>&amp;All duplicates:</source>
        <translation type="unfinished">&amp;Alle dubbels:</translation>
    </message>
    <message>
        <source>What to do with every duplicate</source>
        <translation type="unfinished">Wat met elke dubbel te doen</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation type="unfinished">Opnieuw c&amp;ontroleren</translation>
    </message>
    <message>
        <source>Merge adds what the recorded family does not have yet (missing members, dates, nationality, languages, contacts, notes, the decision if it has none) and never changes what is recorded. Skip leaves the family of the file out.</source>
        <translation type="unfinished">Samenvoegen voegt toe wat het geregistreerde gezin nog niet heeft (ontbrekende leden, datums, nationaliteit, talen, contactgegevens, notities, de beslissing als het er geen heeft) en wijzigt nooit wat geregistreerd is. Overslaan laat het gezin uit het bestand weg.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">Importeren</translation>
    </message>
    <message>
        <source>Everything is written at once: if the import is cancelled or fails, nothing is imported.</source>
        <translation type="unfinished">Alles wordt in één keer geschreven: als het importeren wordt geannuleerd of mislukt, wordt niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation type="unfinished">Voortgang van het importeren</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished">Bestand om te importeren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt)</source>
        <translation type="unfinished">Rekenbladen (*.csv *.xlsx *.xlsm *.txt)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation type="unfinished">De koppeling opslaan</translation>
    </message>
    <message>
        <source>Name of the mapping (e.g. the program the file comes from):</source>
        <translation type="unfinished">Naam van de koppeling (bijvoorbeeld het programma waar het bestand uit komt):</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished">De geweigerde rijen opslaan</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation type="unfinished">geweigerde-rijen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished">(niet geïmporteerd)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ja</translation>
    </message>
    <message>
        <source>No, abroad</source>
        <translation type="unfinished">Nee, in het buitenland</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Importeren</translation>
    </message>
    <message>
        <source>Skip (leave the file&apos;s family out)</source>
        <translation type="unfinished">Overslaan (het gezin uit het bestand weglaten)</translation>
    </message>
    <message>
        <source>Merge (add what is missing)</source>
        <translation type="unfinished">Samenvoegen (toevoegen wat ontbreekt)</translation>
    </message>
    <message>
        <source>(no centre)</source>
        <translation type="unfinished">(geen centrum)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished">(nog niemand)</translation>
    </message>
    <message>
        <source>This file cannot be opened.</source>
        <translation type="unfinished">Dit bestand kan niet worden geopend.</translation>
    </message>
    <message>
        <source>CSV file, {encoding}, separator “{separator}”</source>
        <translation type="unfinished">CSV-bestand, {encoding}, scheidingsteken ‘{separator}’</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation type="unfinished">Excel-werkmap, blad ‘{sheet}’</translation>
    </message>
    <message numerus="yes">
        <source>{how}: %n rows under the header (row {header}); {recognised} of {columns} columns recognised.</source>
        <translation type="unfinished">
            <numerusform>{how}: %n rij onder de kopregel (rij {header}); {recognised} van {columns} kolommen herkend.</numerusform>
            <numerusform>{how}: %n rijen onder de kopregel (rij {header}); {recognised} van {columns} kolommen herkend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">Kolom</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished">Voorbeelden</translation>
    </message>
    <message>
        <source>Imported as, for the column {column}</source>
        <translation type="unfinished">Geïmporteerd als, voor de kolom {column}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished">Rij</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Gezin</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished">Problemen</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in {families} families; the first {shown} are shown. Rows of one family have the same number.</source>
        <translation type="unfinished">
            <numerusform>%n rij in {families} gezinnen; de eerste {shown} worden getoond. Rijen van één gezin hebben hetzelfde nummer.</numerusform>
            <numerusform>%n rijen in {families} gezinnen; de eerste {shown} worden getoond. Rijen van één gezin hebben hetzelfde nummer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished">Elke rij wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">Veld</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Reden</translation>
    </message>
    <message>
        <source>same national register number</source>
        <translation type="unfinished">hetzelfde rijksregisternummer</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation type="unfinished">dezelfde naam en geboortedatum</translation>
    </message>
    <message>
        <source>same case number</source>
        <translation type="unfinished">hetzelfde dossiernummer</translation>
    </message>
    <message>
        <source>row {row} of this file</source>
        <translation type="unfinished">rij {row} van dit bestand</translation>
    </message>
    <message>
        <source>recorded family {case}</source>
        <translation type="unfinished">geregistreerd gezin {case}</translation>
    </message>
    <message>
        <source>several recorded families: always skipped</source>
        <translation type="unfinished">meerdere geregistreerde gezinnen: altijd overgeslagen</translation>
    </message>
    <message>
        <source>a family you cannot change: always skipped</source>
        <translation type="unfinished">een gezin dat u niet mag wijzigen: altijd overgeslagen</translation>
    </message>
    <message>
        <source>Already recorded as</source>
        <translation type="unfinished">Al geregistreerd als</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Hoe</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished">Wat er zal gebeuren</translation>
    </message>
    <message>
        <source>You changed a choice: check again to see what will be imported.</source>
        <translation type="unfinished">U hebt een keuze gewijzigd: controleer opnieuw om te zien wat er zal worden geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in {families} families.</source>
        <translation type="unfinished">
            <numerusform>%n rij in {families} gezinnen.</numerusform>
            <numerusform>%n rijen in {families} gezinnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are rejected (listed below, with the reason).</source>
        <translation type="unfinished">
            <numerusform>%n rij wordt geweigerd (zie hieronder, met de reden).</numerusform>
            <numerusform>%n rijen worden geweigerd (zie hieronder, met de reden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families have a person who is already recorded.</source>
        <translation type="unfinished">
            <numerusform>%n gezin heeft een persoon die al geregistreerd is.</numerusform>
            <numerusform>%n gezinnen hebben een persoon die al geregistreerd is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported while rows are rejected: correct the file and choose it again, or import the other families without them.</source>
        <translation type="unfinished">Er kan niets worden geïmporteerd zolang er rijen worden geweigerd: verbeter het bestand en kies het opnieuw, of importeer de andere gezinnen zonder die rijen.</translation>
    </message>
    <message numerus="yes">
        <source>%n families will be imported.</source>
        <translation type="unfinished">
            <numerusform>%n gezin wordt geïmporteerd.</numerusform>
            <numerusform>%n gezinnen worden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded families will be completed.</source>
        <translation type="unfinished">
            <numerusform>%n geregistreerd gezin wordt aangevuld.</numerusform>
            <numerusform>%n geregistreerde gezinnen worden aangevuld.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation type="unfinished">Er is niets nieuws om te importeren.</translation>
    </message>
    <message>
        <source>The list could not be saved there. Choose another folder.</source>
        <translation type="unfinished">De lijst kon daar niet worden opgeslagen. Kies een andere map.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished">Bezig met importeren…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished">Geannuleerd: er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has rejected rows.</source>
        <translation type="unfinished">Er werd niets geïmporteerd: het bestand heeft geweigerde rijen.</translation>
    </message>
    <message numerus="yes">
        <source>%n families imported</source>
        <translation type="unfinished">
            <numerusform>%n gezin geïmporteerd</numerusform>
            <numerusform>%n gezinnen geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n persons).</source>
        <translation type="unfinished">
            <numerusform>(%n persoon).</numerusform>
            <numerusform>(%n personen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded families completed.</source>
        <translation type="unfinished">
            <numerusform>%n geregistreerd gezin aangevuld.</numerusform>
            <numerusform>%n geregistreerde gezinnen aangevuld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped.</source>
        <translation type="unfinished">
            <numerusform>%n dubbel overgeslagen.</numerusform>
            <numerusform>%n dubbels overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows left out.</source>
        <translation type="unfinished">
            <numerusform>%n geweigerde rij weggelaten.</numerusform>
            <numerusform>%n geweigerde rijen weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished">Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Bezig met annuleren…</translation>
    </message>
    <message>
        <source>&amp;Import families…</source>
        <translation type="unfinished">Gezinnen i&amp;mporteren…</translation>
    </message>
    <message>
        <source>Bring families in from a CSV or Excel file</source>
        <translation type="unfinished">Gezinnen binnenhalen uit een CSV- of Excelbestand</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished">Wacht op beslissing</translation>
    </message>
    <message>
        <source>In transition</source>
        <translation type="unfinished">In transitie</translation>
    </message>
    <message>
        <source>Left the centre</source>
        <translation type="unfinished">Heeft het centrum verlaten</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Afgesloten</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished">Gearchiveerd</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished">Gezinshoofd</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished">Echtgeno(o)t(e)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished">Ouder</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished">Broer of zus</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Andere</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">Vrouwelijk</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">Mannelijk</translation>
    </message>
    <message>
        <source>Other / not stated</source>
        <translation type="unfinished">Andere / niet vermeld</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation type="unfinished">Vluchtelingenstatus</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation type="unfinished">Subsidiaire bescherming</translation>
    </message>
    <message>
        <source>CGRS (Commissioner General)</source>
        <translation type="unfinished">CGVS (Commissariaat-generaal voor de Vluchtelingen en de Staatlozen)</translation>
    </message>
    <message>
        <source>CALL (Council for Alien Law Litigation)</source>
        <translation type="unfinished">RvV (Raad voor Vreemdelingenbetwistingen)</translation>
    </message>
    <message>
        <source>A card (limited stay)</source>
        <translation type="unfinished">A-kaart (beperkt verblijf)</translation>
    </message>
    <message>
        <source>B card (unlimited stay)</source>
        <translation type="unfinished">B-kaart (onbeperkt verblijf)</translation>
    </message>
    <message>
        <source>Annex 15 (temporary proof)</source>
        <translation type="unfinished">Bijlage 15 (voorlopig bewijs)</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished">Ander document</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <source>Fedasil</source>
        <translation type="unfinished">Fedasil</translation>
    </message>
    <message>
        <source>Croix-Rouge</source>
        <translation type="unfinished">Croix-Rouge</translation>
    </message>
    <message>
        <source>Rode Kruis</source>
        <translation type="unfinished">Rode Kruis</translation>
    </message>
    <message>
        <source>Local reception initiative (LOI/ILA)</source>
        <translation type="unfinished">Lokaal opvanginitiatief (LOI)</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished">Ngo</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished">Neutraal</translation>
    </message>
    <message>
        <source>Feminine</source>
        <translation type="unfinished">Vrouwelijk</translation>
    </message>
    <message>
        <source>Masculine</source>
        <translation type="unfinished">Mannelijk</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished">Dari</translation>
    </message>
    <message>
        <source>Own housing</source>
        <extracomment>How a family left the centre, in the order offered (labels of ``domain.enums.ExitMode``).</extracomment>
        <translation type="unfinished">Eigen woning</translation>
    </message>
    <message>
        <source>With family or friends</source>
        <translation type="unfinished">Bij familie of vrienden</translation>
    </message>
    <message>
        <source>Transit housing</source>
        <translation type="unfinished">Transitwoning</translation>
    </message>
    <message>
        <source>Emergency shelter</source>
        <translation type="unfinished">Noodopvang</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Onbekend</translation>
    </message>
</context>
<context>
    <name>LeaveCentreDialog</name>
    <message>
        <source>The family leaves the centre</source>
        <translation type="unfinished">Het gezin verlaat het centrum</translation>
    </message>
    <message>
        <source>The case becomes “left”: the steps of leaving the centre are no longer due, the follow-up steps (papers, CPAS/OCMW, housing, integration) stay on the lists.</source>
        <translation type="unfinished">Het dossier wordt “vertrokken”: de stappen van het vertrek uit het centrum zijn niet meer verschuldigd, de opvolgingsstappen (papieren, OCMW, huisvesting, inburgering) blijven op de lijsten.</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation type="unfinished">&amp;Vertrokken op</translation>
    </message>
    <message>
        <source>The day the family left the centre: today or earlier, not before the decision.</source>
        <translation type="unfinished">De dag waarop het gezin het centrum verliet: vandaag of vroeger, niet vóór de beslissing.</translation>
    </message>
    <message>
        <source>&amp;How they left</source>
        <translation type="unfinished">&amp;Hoe vertrokken</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">Te verbeteren problemen</translation>
    </message>
    <message>
        <source>Record the &amp;exit</source>
        <translation type="unfinished">Vertrek &amp;registreren</translation>
    </message>
    <message>
        <source>{case}: the family leaves the centre</source>
        <translation type="unfinished">{case}: het gezin verlaat het centrum</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished">Brief</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation type="unfinished">&amp;Brief</translation>
    </message>
    <message>
        <source>Language of the &amp;authority</source>
        <translation type="unfinished">Taal van de &amp;instantie</translation>
    </message>
    <message>
        <source>&amp;Family copy in</source>
        <translation type="unfinished">Kopie voor het &amp;gezin in</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation type="unfinished">&amp;Opmaak</translation>
    </message>
    <message>
        <source>Details for this letter</source>
        <translation type="unfinished">Gegevens voor deze brief</translation>
    </message>
    <message>
        <source>Add&amp;ressee</source>
        <translation type="unfinished">Geadr&amp;esseerde</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished">Geadresseerde</translation>
    </message>
    <message>
        <source>Name, then one line per address line</source>
        <translation type="unfinished">Naam, dan één regel per adresregel</translation>
    </message>
    <message>
        <source>Values marked “from the family file” come from the new dwelling recorded there; a change made here is for this letter only until you save it to the family file.</source>
        <translation type="unfinished">Waarden met „uit het gezinsdossier” komen van de nieuwe woning die daar is geregistreerd; een wijziging hier geldt alleen voor deze brief, tot u ze in het gezinsdossier bewaart.</translation>
    </message>
    <message>
        <source>&amp;Save to the family file</source>
        <translation type="unfinished">Be&amp;waren in het gezinsdossier</translation>
    </message>
    <message>
        <source>Record the address, moving-in date, rent, guarantee and landlord in the family file, so that every letter is prefilled with them</source>
        <translation type="unfinished">Het adres, de verhuisdatum, de huur, de waarborg en de verhuurder in het gezinsdossier bewaren, zodat elke brief ermee is ingevuld</translation>
    </message>
    <message>
        <source>What to correct before the letter can be made</source>
        <translation type="unfinished">Wat verbeterd moet worden voor de brief gemaakt kan worden</translation>
    </message>
    <message>
        <source>No family copy</source>
        <extracomment>recipient kinds without a usual addressee: the dialog asks for it (a landlord: the recorded one) where a problem of the dwelling record (``FamilyService.set_dwelling``) shows in this dialog frames a field the letter still needs, with its message under it (which says so in words)</extracomment>
        <translation type="unfinished">Geen kopie voor het gezin</translation>
    </message>
    <message>
        <source>Family copy after the letter</source>
        <translation type="unfinished">Kopie voor het gezin na de brief</translation>
    </message>
    <message>
        <source>Family copy on a new page</source>
        <translation type="unfinished">Kopie voor het gezin op een nieuwe pagina</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished">&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>Postal address of the addressee</source>
        <translation type="unfinished">Postadres van de geadresseerde</translation>
    </message>
    <message>
        <source>Street and number, then postcode and municipality</source>
        <translation type="unfinished">Straat en nummer, dan postcode en gemeente</translation>
    </message>
    <message>
        <source>Also save this address in the directory</source>
        <translation type="unfinished">Dit adres ook in de adresgids opslaan</translation>
    </message>
    <message>
        <source>Reason to send it without the family’s consent</source>
        <translation type="unfinished">Reden om het zonder toestemming van het gezin te versturen</translation>
    </message>
    <message>
        <source>At least {n} characters, no names or health details (kept in the audit log)</source>
        <translation type="unfinished">Minstens {n} tekens, geen namen of gezondheidsgegevens (bewaard in het auditlogboek)</translation>
    </message>
    <message>
        <source>Address it to {cpas}</source>
        <translation type="unfinished">Richten aan {cpas}</translation>
    </message>
    <message>
        <source>{label} (optional)</source>
        <translation type="unfinished">{label} (niet verplicht)</translation>
    </message>
    <message>
        <source>from the family file</source>
        <translation type="unfinished">uit het gezinsdossier</translation>
    </message>
    <message>
        <source>changed for this letter</source>
        <translation type="unfinished">gewijzigd voor deze brief</translation>
    </message>
    <message>
        <source>One line per address line</source>
        <translation type="unfinished">Eén regel per adresregel</translation>
    </message>
    <message>
        <source>The wording of this letter in {language} is a draft: a jurist has not yet reviewed it. Read it carefully before you send it; the letter itself does not say so.</source>
        <translation type="unfinished">De tekst van deze brief in het {language} is een ontwerp: een jurist heeft hem nog niet nagelezen. Lees hem aandachtig voor u hem verstuurt; de brief zelf vermeldt dit niet.</translation>
    </message>
    <message>
        <source>The family copy in this language is a draft translation, not yet reviewed; it is marked as such on the page.</source>
        <translation type="unfinished">De kopie voor het gezin in deze taal is een ontwerpvertaling, nog niet nagelezen; dat staat ook op de pagina.</translation>
    </message>
    <message>
        <source>The family file was not changed:</source>
        <translation type="unfinished">Het gezinsdossier is niet gewijzigd:</translation>
    </message>
    <message>
        <source>Saved to the family file: every letter is prefilled with these details.</source>
        <translation type="unfinished">Bewaard in het gezinsdossier: elke brief wordt met deze gegevens ingevuld.</translation>
    </message>
    <message>
        <source>The letter cannot be made yet:</source>
        <translation type="unfinished">De brief kan nog niet worden gemaakt:</translation>
    </message>
    <message>
        <source>Fill in the fields framed in red above.</source>
        <translation type="unfinished">Vul de rood omkaderde velden hierboven in.</translation>
    </message>
    <message>
        <source>The address was saved in the directory.</source>
        <translation type="unfinished">Het adres is in de adresgids opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Family list</source>
        <translation type="unfinished">Gezinslijst</translation>
    </message>
    <message>
        <source>Steps due within {days} days or overdue</source>
        <translation type="unfinished">Stappen uiterlijk binnen {days} dagen of achterstallig</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished">Overzicht</translation>
    </message>
    <message>
        <source>{what} — {date}</source>
        <translation type="unfinished">{what} — {date}</translation>
    </message>
    <message>
        <source>Families: every family (exported by {name}, coordinator)</source>
        <translation type="unfinished">Gezinnen: alle gezinnen (geëxporteerd door {name}, coördinator)</translation>
    </message>
    <message>
        <source>Families: those of {centre} and those {name} follows or recorded</source>
        <translation type="unfinished">Gezinnen: die van {centre} en die welke {name} volgt of registreerde</translation>
    </message>
    <message>
        <source>Families: those {name} follows or recorded</source>
        <translation type="unfinished">Gezinnen: die welke {name} volgt of registreerde</translation>
    </message>
    <message>
        <source>Families: those assigned to {name} (admin buddy; without the protection decision)</source>
        <translation type="unfinished">Gezinnen: die toegewezen aan {name} (administratieve buddy; zonder de beschermingsbeslissing)</translation>
    </message>
    <message>
        <source>No filter</source>
        <translation type="unfinished">Geen filter</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation type="unfinished">Selectie: {filters}</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation type="unfinished">zoekopdracht ‘{text}’</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation type="unfinished">dossierstatus: {status}</translation>
    </message>
    <message>
        <source>every status but archived</source>
        <translation type="unfinished">elke status behalve gearchiveerd</translation>
    </message>
    <message>
        <source>social worker: {name}</source>
        <translation type="unfinished">maatschappelijk werker: {name}</translation>
    </message>
    <message>
        <source>every worker</source>
        <translation type="unfinished">alle maatschappelijk werkers</translation>
    </message>
    <message>
        <source>nationality: {name}</source>
        <translation type="unfinished">nationaliteit: {name}</translation>
    </message>
    <message>
        <source>language: {name}</source>
        <translation type="unfinished">taal: {name}</translation>
    </message>
    <message>
        <source>track: {name}</source>
        <translation type="unfinished">domein: {name}</translation>
    </message>
    <message>
        <source>due within {days} days</source>
        <translation type="unfinished">uiterlijk binnen {days} dagen</translation>
    </message>
    <message>
        <source>the first {n} families</source>
        <translation type="unfinished">de eerste {n} gezinnen</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Dossiernummer</translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished">Gezin</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Leden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">Maatschappelijk werker</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation type="unfinished">Nationaliteiten</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Talen</translation>
    </message>
    <message>
        <source>Destination municipality</source>
        <translation type="unfinished">Gemeente van bestemming</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished">Aankomst</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished">Beslissingsdatum</translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation type="unfinished">Beschermingsstatus</translation>
    </message>
    <message>
        <source>Leave reception by</source>
        <translation type="unfinished">De opvang verlaten uiterlijk op</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished">Resterende dagen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Vervaldatum</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation type="unfinished">Was uiterlijk</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished">Dagen te laat</translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished">Domein</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Stap</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation type="unfinished">Status van de stap</translation>
    </message>
    <message>
        <source>Open steps</source>
        <translation type="unfinished">Open stappen</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation type="unfinished">Achterstallige stappen</translation>
    </message>
    <message>
        <source>Favourable window ends</source>
        <translation type="unfinished">Einde van de gunstige termijn</translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished">Aanvraag</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished">Indicator</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished">Aantal</translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished">Gezinnen</translation>
    </message>
    <message>
        <source>Due steps</source>
        <translation type="unfinished">Te doen stappen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Samenvatting</translation>
    </message>
    <message>
        <source>Families by days left</source>
        <translation type="unfinished">Gezinnen volgens resterende dagen</translation>
    </message>
    <message>
        <source>Reunification windows</source>
        <translation type="unfinished">Termijnen voor hereniging</translation>
    </message>
    <message>
        <source>Families still in reception</source>
        <translation type="unfinished">Gezinnen nog in de opvang</translation>
    </message>
    <message>
        <source>Steps due within {days} days</source>
        <translation type="unfinished">Stappen uiterlijk binnen {days} dagen</translation>
    </message>
    <message>
        <source>Family reunification windows closing within {days} days</source>
        <translation type="unfinished">Termijnen voor gezinshereniging die binnen {days} dagen aflopen</translation>
    </message>
    <message>
        <source>Days left before leaving reception: {bucket}</source>
        <translation type="unfinished">Resterende dagen voor het verlaten van de opvang: {bucket}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Transition Assistant</source>
        <translation type="unfinished">Transition Assistant</translation>
    </message>
    <message>
        <source>Search by name, case number or worker (Ctrl+F)</source>
        <translation type="unfinished">Zoeken op naam, dossiernummer of maatschappelijk werker (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation type="unfinished">Gezinnen zoeken</translation>
    </message>
    <message>
        <source>The list below shows only the families that match, as you type. Ctrl+F comes back here.</source>
        <translation type="unfinished">De lijst hieronder toont alleen de gezinnen die overeenkomen, terwijl u typt. Ctrl+F brengt u hier terug.</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">Filteren op status</translation>
    </message>
    <message>
        <source>Filter by social worker</source>
        <translation type="unfinished">Filteren op maatschappelijk werker</translation>
    </message>
    <message>
        <source>Filter by nationality</source>
        <translation type="unfinished">Filteren op nationaliteit</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation type="unfinished">Filteren op taal</translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished">Gezinnen</translation>
    </message>
    <message>
        <source>The selected family is shown beside the list. Enter or a double click opens it for editing.</source>
        <translation type="unfinished">Het geselecteerde gezin wordt naast de lijst getoond. Enter of dubbelklikken opent het om het te wijzigen.</translation>
    </message>
    <message>
        <source>No family selected</source>
        <translation type="unfinished">Geen gezin geselecteerd</translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished">Gezin</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished">Gezinsleden</translation>
    </message>
    <message>
        <source>One row per member of the selected family. Edit the family (Ctrl+E) to change them.</source>
        <translation type="unfinished">Eén rij per lid van het geselecteerde gezin. Wijzig het gezin (Ctrl+E) om ze aan te passen.</translation>
    </message>
    <message>
        <source>Protection decision</source>
        <translation type="unfinished">Beslissing over bescherming</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished">Beslist door</translation>
    </message>
    <message>
        <source>Asylum application</source>
        <translation type="unfinished">Asielaanvraag</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">Beslissing</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished">Kennisgeving</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Referentie</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">Checklist</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacten</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished">Contactgegevens</translation>
    </message>
    <message>
        <source>Phone numbers, e-mail addresses and other contacts of the selected family.</source>
        <translation type="unfinished">Telefoonnummers, e-mailadressen en andere contactgegevens van het geselecteerde gezin.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notities</translation>
    </message>
    <message>
        <source>Notes about the selected family, newest first.</source>
        <translation type="unfinished">Notities over het geselecteerde gezin, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Write a note about this family…</source>
        <translation type="unfinished">Schrijf een notitie over dit gezin…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished">Nieuwe notitie</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note.</source>
        <translation type="unfinished">Ctrl+Enter voegt de notitie toe.</translation>
    </message>
    <message>
        <source>&amp;Confidential (social workers only)</source>
        <translation type="unfinished">&amp;Vertrouwelijk (alleen maatschappelijk werkers)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished">Notitie &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished">Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation type="unfinished">&amp;Nieuw gezin…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished">Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit family…</source>
        <translation type="unfinished">Gezin &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished">Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Archive closed case…</source>
        <translation type="unfinished">Afgesloten dossier a&amp;rchiveren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished">Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find family</source>
        <translation type="unfinished">Gezin &amp;zoeken</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished">Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished">F5</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished">&amp;Overzicht</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished">Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About Transition Assistant</source>
        <translation type="unfinished">&amp;Over Transition Assistant</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Exit support for families leaving Belgian reception centres.&lt;/p&gt;&lt;p&gt;Municipality and postcode data: FPS BOSA, BeST Address open data, licensed CC BY 4.0.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Begeleiding bij de uitstroom van gezinnen die een Belgisch opvangcentrum verlaten.&lt;/p&gt;&lt;p&gt;Gegevens over gemeenten en postcodes: FOD BOSA, open data BeST Address, onder licentie CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished">De databank wordt geopend…</translation>
    </message>
    <message>
        <source>Loading families…</source>
        <translation type="unfinished">Gezinnen worden geladen…</translation>
    </message>
    <message>
        <source>All but archived</source>
        <translation type="unfinished">Alle behalve gearchiveerde</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished">Alle maatschappelijk werkers</translation>
    </message>
    <message>
        <source>All nationalities</source>
        <translation type="unfinished">Alle nationaliteiten</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished">Alle talen</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln families</source>
        <translation type="unfinished">
            <numerusform>{shown} van %Ln gezin</numerusform>
            <numerusform>{shown} van %Ln gezinnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a family in the list, or create one with File ▸ New family.</source>
        <translation type="unfinished">Kies een gezin in de lijst, of maak er een aan met Bestand ▸ Nieuw gezin.</translation>
    </message>
    <message>
        <source>worker: {name}</source>
        <translation type="unfinished">maatschappelijk werker: {name}</translation>
    </message>
    <message>
        <source>No decision recorded yet</source>
        <translation type="unfinished">Nog geen beslissing geregistreerd</translation>
    </message>
    <message>
        <source>[confidential] </source>
        <translation type="unfinished">[vertrouwelijk] </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished">Verwantschap</translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished">Geboren</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">Nationaliteit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Talen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Verblijfplaats</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation type="unfinished">Verblijfsdocument</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished">tot {date}</translation>
    </message>
    <message>
        <source>In Belgium</source>
        <translation type="unfinished">In België</translation>
    </message>
    <message>
        <source>Abroad (reunification)</source>
        <translation type="unfinished">In het buitenland (gezinshereniging)</translation>
    </message>
    <message>
        <source>Saved {case}.</source>
        <translation type="unfinished">Dossier {case} opgeslagen.</translation>
    </message>
    <message>
        <source>Archive case</source>
        <translation type="unfinished">Dossier archiveren</translation>
    </message>
    <message>
        <source>Archive the closed case {case}? It will no longer appear among active cases.</source>
        <translation type="unfinished">Het afgesloten dossier {case} archiveren? Het staat dan niet meer bij de actieve dossiers.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished">Archiveren</translation>
    </message>
    <message>
        <source>About Transition Assistant</source>
        <translation type="unfinished">Over Transition Assistant</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation type="unfinished">Notitie niet toegevoegd</translation>
    </message>
    <message>
        <source>You have written a note that is not added yet. Quit and discard it?</source>
        <translation type="unfinished">U hebt een notitie geschreven die nog niet is toegevoegd. Afsluiten en de notitie verwerpen?</translation>
    </message>
    <message>
        <source>Discard and quit</source>
        <translation type="unfinished">Verwerpen en afsluiten</translation>
    </message>
    <message>
        <source>Sign in to open the family files.</source>
        <translation type="unfinished">Meld u aan om de dossiers van de gezinnen te openen.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Choose a family in the list first.</source>
        <translation type="unfinished">Kies eerst een gezin in de lijst.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Transition Assistant</source>
        <translation type="unfinished">Transition Assistant</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed. Work you had saved is safe. If it happens again, tell your coordinator; the log file has the technical details.</source>
        <translation type="unfinished">Er ging iets mis en de laatste actie werd misschien niet uitgevoerd. Wat u al had opgeslagen, is niet verloren. Gebeurt het opnieuw, meld het dan aan uw coördinator; het logbestand bevat de technische details.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>euros</source>
        <translation type="unfinished">euro</translation>
    </message>
    <message>
        <source>“{text}” is not an amount in euros (e.g. {example}).</source>
        <translation type="unfinished">“{text}” is geen bedrag in euro (bv. {example}).</translation>
    </message>
    <message>
        <source>At most {max} euros.</source>
        <translation type="unfinished">Hoogstens {max} euro.</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <source>Name or postcode</source>
        <translation type="unfinished">Naam of postcode</translation>
    </message>
    <message>
        <source>includes {locality} ({postcode})</source>
        <translation type="unfinished">omvat {locality} ({postcode})</translation>
    </message>
    <message>
        <source>Municipalities found</source>
        <translation type="unfinished">Gevonden gemeenten</translation>
    </message>
    <message>
        <source>Type a name in French, Dutch or German, or a postcode; choose from the list with the arrow keys and Enter</source>
        <translation type="unfinished">Typ een naam in het Nederlands, Frans of Duits, of een postcode; kies uit de lijst met de pijltjestoetsen en Enter</translation>
    </message>
    <message>
        <source>Type a municipality&apos;s name in any of its languages, or a postcode; the municipalities found are listed below, Down and Enter choose one.</source>
        <translation type="unfinished">Typ de naam van een gemeente in een van haar talen, of een postcode; de gevonden gemeenten staan eronder, Omlaag en Enter kiezen er een.</translation>
    </message>
    <message>
        <source>No Belgian municipality is called “{text}” or has that postcode.</source>
        <translation type="unfinished">Geen enkele Belgische gemeente heet “{text}” of heeft die postcode.</translation>
    </message>
    <message>
        <source>“{text}” could be {first} or another municipality: choose one from the list.</source>
        <translation type="unfinished">“{text}” kan {first} of een andere gemeente zijn: kies er een uit de lijst.</translation>
    </message>
</context>
<context>
    <name>PostponeStepDialog</name>
    <message>
        <source>New due date for a step</source>
        <translation type="unfinished">Nieuwe vervaldatum voor een stap</translation>
    </message>
    <message>
        <source>New &amp;due date</source>
        <translation type="unfinished">Nieuwe &amp;vervaldatum</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;Reden</translation>
    </message>
    <message>
        <source>e.g. the CPAS/OCMW has no appointment before then</source>
        <translation type="unfinished">bv. het OCMW heeft vóór die datum geen afspraak vrij</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">Te verbeteren problemen</translation>
    </message>
    <message>
        <source>Back to the &amp;computed date</source>
        <translation type="unfinished">Terug naar de &amp;berekende datum</translation>
    </message>
    <message>
        <source>Due by the rules: {date}.</source>
        <translation type="unfinished">Vervaldatum volgens de regels: {date}.</translation>
    </message>
    <message>
        <source>The rules give this step no due date.</source>
        <translation type="unfinished">De regels geven deze stap geen vervaldatum.</translation>
    </message>
    <message>
        <source>Back to the computed date</source>
        <translation type="unfinished">Terug naar de berekende datum</translation>
    </message>
    <message>
        <source>Forget the due date set by hand ({date}) and its reason? The step is due on the date the rules compute again.</source>
        <translation type="unfinished">De met de hand ingestelde vervaldatum ({date}) en de reden vergeten? De stap vervalt weer op de datum die de regels berekenen.</translation>
    </message>
    <message>
        <source>Use the computed date</source>
        <translation type="unfinished">De berekende datum gebruiken</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished">Terugzetten uit een back-up</translation>
    </message>
    <message>
        <source>This backup was made from another database. Enter that database&apos;s recovery key (14 groups of 4 letters and digits):</source>
        <translation type="unfinished">Deze back-up komt van een andere databank. Geef de herstelsleutel van die databank in (14 groepen van 4 letters en cijfers):</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished">Bewaartermijn</translation>
    </message>
    <message>
        <source>Anonymise closed cases this many months after they were closed:</source>
        <translation type="unfinished">Afgesloten dossiers zoveel maanden na het afsluiten anonimiseren:</translation>
    </message>
    <message>
        <source>Export family data</source>
        <translation type="unfinished">Gegevens van het gezin exporteren</translation>
    </message>
    <message>
        <source>The export holds every piece of personal data about case {case}, including national register numbers and confidential notes. Give it only to the family and keep the files safe. Continue?</source>
        <translation type="unfinished">De export bevat alle persoonsgegevens over dossier {case}, ook rijksregisternummers en vertrouwelijke notities. Geef hem alleen aan het gezin en bewaar de bestanden veilig. Doorgaan?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Exporteren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Exported {case} to {json} and {pdf}.</source>
        <translation type="unfinished">{case} geëxporteerd naar {json} en {pdf}.</translation>
    </message>
    <message>
        <source>Erase family data</source>
        <translation type="unfinished">Gegevens van het gezin wissen</translation>
    </message>
    <message>
        <source>Erase the personal data of case {case} ({members} members) on request? Names, contacts, notes, consents and national register numbers are removed and dates made approximate; only counts stay for statistics. This cannot be undone.</source>
        <translation type="unfinished">De persoonsgegevens van dossier {case} ({members} gezinsleden) op verzoek wissen? Namen, contactgegevens, notities, toestemmingen en rijksregisternummers worden verwijderd en data bij benadering gemaakt; alleen aantallen blijven over voor de statistiek. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">Wissen</translation>
    </message>
    <message>
        <source>The data of {case} was erased.</source>
        <translation type="unfinished">De gegevens van {case} werden gewist.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished">Uw wachtwoord werd gewijzigd.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished">Back-up van de databank maken</translation>
    </message>
    <message>
        <source>Transition Assistant backups (*.tabackup);;All files (*)</source>
        <translation type="unfinished">Back-ups van Transition Assistant (*.tabackup);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">De back-up wordt geschreven…</translation>
    </message>
    <message>
        <source>Backup written and checked: {file} ({families} families). It opens with this database&apos;s recovery key.</source>
        <translation type="unfinished">Back-up geschreven en gecontroleerd: {file} ({families} gezinnen). Hij opent met de herstelsleutel van deze databank.</translation>
    </message>
    <message>
        <source>All the current data will be replaced by the data of the backup {file}; changes made since the backup was written are lost. A safety copy of the current database is kept in the backups folder. Transition Assistant will then close and start again. Continue?</source>
        <translation type="unfinished">Alle huidige gegevens worden vervangen door die van de back-up {file}; wijzigingen sinds de back-up gemaakt werd, gaan verloren. Een veiligheidskopie van de huidige databank wordt bewaard in de map met back-ups. Transition Assistant sluit daarna af en start opnieuw. Doorgaan?</translation>
    </message>
    <message>
        <source>Replace the data</source>
        <translation type="unfinished">De gegevens vervangen</translation>
    </message>
    <message>
        <source>The backup was restored ({families} families). The previous data is kept in {copy}. Transition Assistant will now start again: sign in with your account of the restored data.</source>
        <translation type="unfinished">De back-up werd teruggezet ({families} gezinnen). De vorige gegevens worden bewaard in {copy}. Transition Assistant start nu opnieuw: meld u aan met uw account van de teruggezette gegevens.</translation>
    </message>
    <message>
        <source>Closed cases are anonymised {months} months after they were closed; this is done at every start.</source>
        <translation type="unfinished">Afgesloten dossiers worden {months} maanden na het afsluiten geanonimiseerd; dat gebeurt bij elke start.</translation>
    </message>
    <message>
        <source>Cases due now: {count}.</source>
        <translation type="unfinished">Dossiers die nu aan de beurt zijn: {count}.</translation>
    </message>
    <message>
        <source>Retention of closed cases</source>
        <translation type="unfinished">Bewaring van afgesloten dossiers</translation>
    </message>
    <message>
        <source>&amp;Anonymise now</source>
        <translation type="unfinished">Nu &amp;anonimiseren</translation>
    </message>
    <message>
        <source>Change the &amp;period…</source>
        <translation type="unfinished">&amp;Termijn wijzigen…</translation>
    </message>
    <message>
        <source>{count} closed cases were anonymised.</source>
        <translation type="unfinished">{count} afgesloten dossiers werden geanonimiseerd.</translation>
    </message>
    <message>
        <source>C&amp;onsents…</source>
        <translation type="unfinished">T&amp;oestemmingen…</translation>
    </message>
    <message>
        <source>Admin &amp;buddies…</source>
        <translation type="unfinished">Administratieve &amp;buddy&apos;s…</translation>
    </message>
    <message>
        <source>E&amp;xport family data (subject access)…</source>
        <translation type="unfinished">Gegevens van het gezin e&amp;xporteren (recht op inzage)…</translation>
    </message>
    <message>
        <source>E&amp;rase family data on request…</source>
        <translation type="unfinished">Gegevens van het gezin wissen op &amp;verzoek…</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation type="unfinished">Mijn wach&amp;twoord wijzigen…</translation>
    </message>
    <message>
        <source>Back &amp;up database…</source>
        <translation type="unfinished">Back-up van de &amp;databank maken…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation type="unfinished">Terugzetten uit een bac&amp;k-up…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished">B&amp;eheer</translation>
    </message>
    <message>
        <source>Reception &amp;centres…</source>
        <translation type="unfinished">&amp;Opvangcentra…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished">&amp;Gebruikers…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished">&amp;Auditlogboek…</translation>
    </message>
    <message>
        <source>&amp;Retention of closed cases…</source>
        <translation type="unfinished">&amp;Bewaring van afgesloten dossiers…</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation type="unfinished">Aangemeld: {user} ({role})</translation>
    </message>
    <message>
        <source>Retention rule: {count} cases closed before {date} were anonymised.</source>
        <translation type="unfinished">Bewaarregel: {count} dossiers die vóór {date} afgesloten werden, zijn geanonimiseerd.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Herstelsleutel</translation>
    </message>
    <message>
        <source>The database is encrypted. This recovery key opens it on another computer, or here if the key or the passphrase is lost. It is shown only this once: write it down or print it now, and keep it somewhere safe, away from the computer.</source>
        <translation type="unfinished">De databank is versleuteld. Deze herstelsleutel opent ze op een andere computer, of hier als de sleutel of de wachtzin verloren is. Hij wordt maar één keer getoond: schrijf hem nu op of druk hem af, en bewaar hem op een veilige plaats, weg van de computer.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Kopiëren</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation type="unfinished">Ik heb de herstelsleutel &amp;opgeschreven of afgedrukt</translation>
    </message>
    <message>
        <source>Transition Assistant — recovery key of the database</source>
        <translation type="unfinished">Transition Assistant — herstelsleutel van de databank</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">Coördinator</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">Maatschappelijk werker</translation>
    </message>
    <message>
        <source>Admin buddy</source>
        <translation type="unfinished">Administratieve buddy</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>This family was changed by someone else since you opened it. Reopen it to see the changes, then make yours again.</source>
        <translation type="unfinished">Iemand anders heeft dit gezin gewijzigd sinds u het opende. Open het opnieuw om die wijzigingen te zien en breng daarna uw eigen wijzigingen opnieuw aan.</translation>
    </message>
    <message>
        <source>This family does not exist (any more).</source>
        <translation type="unfinished">Dit gezin bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This checklist step does not exist (any more).</source>
        <translation type="unfinished">Deze stap van de checklist bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This family has no protection decision yet: record the decision to get its checklist.</source>
        <translation type="unfinished">Dit gezin heeft nog geen beslissing over bescherming: registreer de beslissing om de checklist te krijgen.</translation>
    </message>
    <message>
        <source>This step was changed by someone else since you opened the checklist. The checklist now shows their change; make yours again if it is still needed.</source>
        <translation type="unfinished">Iemand anders heeft deze stap gewijzigd sinds u de checklist opende. De checklist toont nu die wijziging; breng de uwe opnieuw aan als ze nog nodig is.</translation>
    </message>
    <message>
        <source>The step could not be added: check its title and the steps it waits for.</source>
        <translation type="unfinished">De stap kon niet worden toegevoegd: controleer de titel en de stappen waarop hij wacht.</translation>
    </message>
    <message>
        <source>Only a social worker can record that the family left the centre (or undo it): it changes the case&apos;s status. Tell the family&apos;s social worker the day they left and where they went.</source>
        <translation type="unfinished">Alleen een maatschappelijk werker kan registreren dat het gezin het centrum verlaten heeft (of dat ongedaan maken): dat wijzigt de status van het dossier. Zeg de maatschappelijk werker van het gezin op welke dag het vertrok en waar het naartoe ging.</translation>
    </message>
    <message>
        <source>Only a step that is done has a done date: mark it done first.</source>
        <translation type="unfinished">Alleen een gedane stap heeft een datum gedaan: markeer hem eerst als gedaan.</translation>
    </message>
    <message>
        <source>Only an open step can get a new due date (this one is done or not applicable).</source>
        <translation type="unfinished">Alleen een open stap kan een nieuwe vervaldatum krijgen (deze is gedaan of niet van toepassing).</translation>
    </message>
    <message>
        <source>Only a step added by hand can be removed; mark a step of the checklist not applicable instead.</source>
        <translation type="unfinished">Alleen een met de hand toegevoegde stap kan verwijderd worden; markeer een stap van de checklist liever als niet van toepassing.</translation>
    </message>
    <message>
        <source>This change is not in the checklist&apos;s history.</source>
        <translation type="unfinished">Deze wijziging staat niet in de geschiedenis van de checklist.</translation>
    </message>
    <message>
        <source>This kind of change cannot be undone.</source>
        <translation type="unfinished">Dit soort wijziging kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>This change was already undone.</source>
        <translation type="unfinished">Deze wijziging is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>You can only undo your own changes.</source>
        <translation type="unfinished">U kunt alleen uw eigen wijzigingen ongedaan maken.</translation>
    </message>
    <message>
        <source>This change can no longer be undone: the step (or the family) was changed again since. The checklist now shows what it is now.</source>
        <translation type="unfinished">Deze wijziging kan niet meer ongedaan gemaakt worden: de stap (of het gezin) is sindsdien opnieuw gewijzigd. De checklist toont nu de huidige toestand.</translation>
    </message>
    <message>
        <source>Only a closed case can be archived.</source>
        <translation type="unfinished">Alleen een afgesloten dossier kan worden gearchiveerd.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished">Uw rol laat dit niet toe.</translation>
    </message>
    <message>
        <source>This family is not among the families you follow.</source>
        <translation type="unfinished">Dit gezin hoort niet bij de gezinnen die u volgt.</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation type="unfinished">De gebruikersnaam of het wachtwoord is niet juist.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again in {minutes} minutes, or ask a coordinator to unlock it.</source>
        <translation type="unfinished">Deze account is geblokkeerd na te veel foute wachtwoorden. Probeer het opnieuw over {minutes} minuten, of vraag een coördinator om hem te deblokkeren.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation type="unfinished">Het huidige wachtwoord is niet juist.</translation>
    </message>
    <message>
        <source>A coordinator account already exists: sign in, or ask the coordinator for an account.</source>
        <translation type="unfinished">Er bestaat al een account voor een coördinator: meld u aan, of vraag de coördinator om een account.</translation>
    </message>
    <message>
        <source>This is the last active coordinator account: create another coordinator first.</source>
        <translation type="unfinished">Dit is de laatste actieve account van een coördinator: maak eerst een andere coördinator aan.</translation>
    </message>
    <message>
        <source>This user does not exist (any more).</source>
        <translation type="unfinished">Deze gebruiker bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">Meld u eerst aan.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished">U kunt uw eigen account niet uitschakelen.</translation>
    </message>
    <message>
        <source>This person is not an active admin buddy.</source>
        <translation type="unfinished">Deze persoon is geen actieve administratieve buddy.</translation>
    </message>
    <message>
        <source>This buddy already accompanies this family.</source>
        <translation type="unfinished">Deze buddy begeleidt dit gezin al.</translation>
    </message>
    <message>
        <source>This buddy does not accompany this family.</source>
        <translation type="unfinished">Deze buddy begeleidt dit gezin niet.</translation>
    </message>
    <message>
        <source>This consent record does not exist (any more).</source>
        <translation type="unfinished">Deze toestemming bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation type="unfinished">Deze toestemming werd al ingetrokken.</translation>
    </message>
    <message>
        <source>This family&apos;s data was already erased.</source>
        <translation type="unfinished">De gegevens van dit gezin werden al gewist.</translation>
    </message>
    <message>
        <source>Choose who the dossier is for.</source>
        <extracomment>The minimum each recipient needs; never the confidential notes. What a recipient may never get, whatever is ticked (a buddy: see access.permissions). Recipients that get national register and residence card numbers (they register the family).</extracomment>
        <translation type="unfinished">Kies voor wie het dossier is.</translation>
    </message>
    <message>
        <source>The dossier has no such section.</source>
        <translation type="unfinished">Het dossier heeft zo&apos;n onderdeel niet.</translation>
    </message>
    <message>
        <source>This recipient may not receive protection details or confidential notes.</source>
        <translation type="unfinished">Deze ontvanger mag geen gegevens over de bescherming of vertrouwelijke notities krijgen.</translation>
    </message>
    <message>
        <source>Choose at least one section for the dossier.</source>
        <translation type="unfinished">Kies minstens één onderdeel voor het dossier.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished">De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>The family has not given its consent to share a handover dossier with this recipient. Record the consent first, or give the reason why the dossier must be shared anyway.</source>
        <translation type="unfinished">Het gezin heeft geen toestemming gegeven om een overdrachtsdossier met deze ontvanger te delen. Registreer eerst de toestemming, of geef aan waarom het dossier toch gedeeld moet worden.</translation>
    </message>
    <message>
        <source>Confidential notes may be shared only when the family&apos;s consent for this recipient names them.</source>
        <translation type="unfinished">Vertrouwelijke notities mogen alleen gedeeld worden als de toestemming van het gezin voor deze ontvanger ze vermeldt.</translation>
    </message>
    <message>
        <source>The dossier cannot be written in this language.</source>
        <translation type="unfinished">Het dossier kan niet in deze taal worden opgesteld.</translation>
    </message>
    <message>
        <source>A dossier is saved as PDF or DOCX.</source>
        <translation type="unfinished">Een dossier wordt opgeslagen als PDF of DOCX.</translation>
    </message>
    <message>
        <source>You can only record families of your own reception centre.</source>
        <translation type="unfinished">U kunt alleen gezinnen van uw eigen opvangcentrum registreren.</translation>
    </message>
    <message>
        <source>This appointment does not exist (any more).</source>
        <translation type="unfinished">Deze afspraak bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This appointment was changed by someone else since you opened it. Reopen it to see the changes, then make yours again.</source>
        <translation type="unfinished">Iemand anders heeft deze afspraak gewijzigd sinds u ze opende. Open ze opnieuw om de wijzigingen te zien en breng daarna uw eigen wijzigingen opnieuw aan.</translation>
    </message>
    <message>
        <source>This family has no open checklist step, so there is no step card to make.</source>
        <translation type="unfinished">Dit gezin heeft geen open stap in de checklist, dus er is geen stapkaart te maken.</translation>
    </message>
    <message>
        <source>This step is not in the family&apos;s checklist.</source>
        <translation type="unfinished">Deze stap staat niet in de checklist van het gezin.</translation>
    </message>
    <message>
        <source>There are no step card texts in this language.</source>
        <translation type="unfinished">Er zijn geen teksten voor stapkaarten in deze taal.</translation>
    </message>
    <message>
        <source>An admin buddy can mark a step done or waiting, or undo that.</source>
        <translation type="unfinished">Een administratieve buddy kan een stap als gedaan of wachtend markeren, of dat ongedaan maken.</translation>
    </message>
    <message>
        <source>Appointments are not available in this version.</source>
        <translation type="unfinished">Afspraken zijn niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <source>This directory entry does not exist (any more).</source>
        <translation type="unfinished">Deze vermelding in de dienstengids bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This directory entry was changed by someone else since you opened it. Reopen it to see the changes, then make yours again.</source>
        <translation type="unfinished">Iemand anders heeft deze vermelding in de dienstengids gewijzigd sinds u ze opende. Open ze opnieuw om de wijzigingen te zien en breng daarna uw eigen wijzigingen opnieuw aan.</translation>
    </message>
    <message>
        <source>This entry comes with the application and cannot be removed; only local changes to it can be.</source>
        <translation type="unfinished">Deze vermelding wordt met de toepassing meegeleverd en kan niet worden verwijderd; alleen de lokale wijzigingen eraan kunnen dat.</translation>
    </message>
    <message>
        <source>The directory has no postal address for {name}. Type it for this letter; you can save it to the directory.</source>
        <translation type="unfinished">De adresgids heeft geen postadres voor {name}. Typ het voor deze brief; u kunt het in de adresgids bewaren.</translation>
    </message>
    <message>
        <source>The address of {name} in the directory has no postcode. Type the full address for this letter; you can save it to the directory.</source>
        <translation type="unfinished">Het adres van {name} in de adresgids heeft geen postcode. Typ het volledige adres voor deze brief; u kunt het in de adresgids bewaren.</translation>
    </message>
    <message>
        <source>The address of {name} is marked as uncertain in the directory (checked on {checked}). Check it before the letter is sent.</source>
        <translation type="unfinished">Het adres van {name} staat als onzeker in de adresgids (gecontroleerd op {checked}). Controleer het voordat de brief vertrekt.</translation>
    </message>
    <message>
        <source>The address of {name} is marked as uncertain in the directory and was never checked. Check it before the letter is sent.</source>
        <translation type="unfinished">Het adres van {name} staat als onzeker in de adresgids en is nooit gecontroleerd. Controleer het voordat de brief vertrekt.</translation>
    </message>
    <message>
        <source>This recipient is not in the directory. Type the address for this letter.</source>
        <translation type="unfinished">Deze geadresseerde staat niet in de adresgids. Typ het adres voor deze brief.</translation>
    </message>
    <message>
        <source>{label}: another reception centre is already called &apos;{value}&apos;.</source>
        <translation type="unfinished">{label}: een ander opvangcentrum heet al &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{label}: the postcode {postcode} belongs to {choices}; choose one.</source>
        <translation type="unfinished">{label}: de postcode {postcode} hoort bij {choices}; kies er een.</translation>
    </message>
    <message>
        <source>{label}: no Belgian municipality is called &apos;{value}&apos;.</source>
        <translation type="unfinished">{label}: geen enkele Belgische gemeente heet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a Belgian telephone number (for example 02 123 45 67 or 0470 12 34 56).</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; is geen Belgisch telefoonnummer (bijvoorbeeld 02 123 45 67 of 0470 12 34 56).</translation>
    </message>
    <message>
        <source>{label}: an enterprise number has 10 digits, for example 0403.019.261.</source>
        <translation type="unfinished">{label}: een ondernemingsnummer heeft 10 cijfers, bijvoorbeeld 0403.019.261.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a valid enterprise number (its check digits do not match).</source>
        <translation type="unfinished">{label}: {value} is geen geldig ondernemingsnummer (de controlecijfers kloppen niet).</translation>
    </message>
    <message>
        <source>{label}: the file is not a PNG or JPEG image.</source>
        <translation type="unfinished">{label}: het bestand is geen PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
        <source>{label}: the image cannot be read (the file may be damaged).</source>
        <translation type="unfinished">{label}: de afbeelding kan niet gelezen worden (het bestand is misschien beschadigd).</translation>
    </message>
    <message>
        <source>{label}: the image is too large ({size} KB; at most {max} KB).</source>
        <translation type="unfinished">{label}: de afbeelding is te groot ({size} kB; hoogstens {max} kB).</translation>
    </message>
    <message>
        <source>{label}: this reception centre is retired; choose an active one.</source>
        <translation type="unfinished">{label}: dit opvangcentrum is buiten gebruik; kies een actief centrum.</translation>
    </message>
    <message>
        <source>{label}: this reception centre does not exist.</source>
        <translation type="unfinished">{label}: dit opvangcentrum bestaat niet.</translation>
    </message>
    <message>
        <source>{label}: social workers and admin buddies belong to a reception centre; choose one.</source>
        <translation type="unfinished">{label}: maatschappelijk werkers en administratieve buddy&apos;s horen bij een opvangcentrum; kies er een.</translation>
    </message>
    <message>
        <source>This reception centre does not exist (any more).</source>
        <translation type="unfinished">Dit opvangcentrum bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This reception centre was changed by someone else since you opened it. Open it again to see the changes, then make yours again.</source>
        <translation type="unfinished">Dit opvangcentrum werd door iemand anders gewijzigd sinds u het opende. Open het opnieuw om de wijzigingen te zien en breng de uwe dan opnieuw aan.</translation>
    </message>
    <message>
        <source>{label}: the user name &apos;{value}&apos; is already taken.</source>
        <translation type="unfinished">{label}: de gebruikersnaam &apos;{value}&apos; is al in gebruik.</translation>
    </message>
    <message>
        <source>Unknown file format &apos;{format}&apos;: use csv or xlsx.</source>
        <extracomment>Rows an XLSX sheet holds (1,048,576) less the title and header rows.</extracomment>
        <translation type="unfinished">Onbekend bestandsformaat ‘{format}’: gebruik csv of xlsx.</translation>
    </message>
    <message>
        <source>A CSV file is separated by &apos;;&apos; or &apos;,&apos;.</source>
        <translation type="unfinished">Een CSV-bestand is gescheiden door ‘;’ of ‘,’.</translation>
    </message>
    <message>
        <source>The number of days must be 0 or more.</source>
        <translation type="unfinished">Het aantal dagen moet 0 of meer zijn.</translation>
    </message>
    <message>
        <source>This list has {rows} rows, more than a spreadsheet holds ({max}). Narrow it with a filter.</source>
        <translation type="unfinished">Deze lijst heeft {rows} rijen, meer dan een rekenblad kan bevatten ({max}). Beperk ze met een filter.</translation>
    </message>
    <message>
        <source>The file could not be written ({reason}). Choose another folder or name.</source>
        <translation type="unfinished">Het bestand kon niet worden geschreven ({reason}). Kies een andere map of naam.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished">De export is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language of the interface (en, fr, nl, de, ar).</source>
        <translation type="unfinished">‘{language}’ is geen taal van de interface (en, fr, nl, de, ar).</translation>
    </message>
    <message>
        <source>Sign in with your own account to keep your settings.</source>
        <translation type="unfinished">Meld u aan met uw eigen account om uw instellingen te bewaren.</translation>
    </message>
    <message>
        <source>There is no such letter; the command &apos;letter --list&apos; lists them.</source>
        <translation type="unfinished">Deze brief bestaat niet; de opdracht &apos;letter --list&apos; toont de brieven.</translation>
    </message>
    <message>
        <source>This letter has no input &apos;{name}&apos; (its inputs: {known}).</source>
        <translation type="unfinished">Deze brief heeft geen gegeven &apos;{name}&apos; (zijn gegevens: {known}).</translation>
    </message>
    <message>
        <source>A letter to an authority is written in one of these languages: {languages}.</source>
        <translation type="unfinished">Een brief aan een overheid wordt in een van deze talen geschreven: {languages}.</translation>
    </message>
    <message>
        <source>There are no letter texts in the language &apos;{language}&apos; (languages: {languages}).</source>
        <translation type="unfinished">Er zijn geen brieventeksten in de taal &apos;{language}&apos; (talen: {languages}).</translation>
    </message>
    <message>
        <source>No consent of the family is recorded for “{purpose}” with {recipient}. Record the family’s consent first (family file ▸ Consents), or give the reason why it must be sent without one.</source>
        <extracomment>the shortest reason accepted for sharing without a recorded consent</extracomment>
        <translation type="unfinished">Er is geen toestemming van het gezin geregistreerd voor ‘{purpose}’ met {recipient}. Registreer eerst de toestemming van het gezin (gezinsdossier ▸ Toestemmingen), of geef de reden waarom het zonder toestemming verstuurd moet worden.</translation>
    </message>
    <message>
        <source>The family’s consent for {recipient} does not cover the confidential notes. Leave them out, or record a consent that names them (family file ▸ Consents).</source>
        <translation type="unfinished">De toestemming van het gezin voor {recipient} dekt de vertrouwelijke notities niet. Laat ze weg, of registreer een toestemming die ze vermeldt (gezinsdossier ▸ Toestemmingen).</translation>
    </message>
    <message>
        <source>Say in at least {min} characters why this must be sent without the family’s consent (no names or health details: the reason is kept in the audit log).</source>
        <translation type="unfinished">Leg in minstens {min} tekens uit waarom dit zonder toestemming van het gezin verstuurd moet worden (geen namen of gezondheidsgegevens: de reden wordt in het auditlogboek bewaard).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Instellingen</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished">&amp;Taal van de interface</translation>
    </message>
    <message>
        <source>The language of menus, windows and messages</source>
        <translation type="unfinished">De taal van menu&apos;s, vensters en berichten</translation>
    </message>
    <message>
        <source>The texts in this language are draft translations that a qualified translator has not reviewed yet.</source>
        <translation type="unfinished">De teksten in deze taal zijn ontwerpvertalingen die nog geen gekwalificeerde vertaler heeft nagelezen.</translation>
    </message>
    <message>
        <source>The language changes at once. It is kept with your account: you find it again on every computer where you sign in.</source>
        <translation type="unfinished">De taal verandert meteen. Ze wordt bij uw account bewaard: u vindt ze terug op elke computer waarop u zich aanmeldt.</translation>
    </message>
    <message>
        <source>The language changes at once. Until someone signs in, it is kept on this computer.</source>
        <translation type="unfinished">De taal verandert meteen. Zolang niemand is aangemeld, wordt ze op deze computer bewaard.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">&amp;Instellingen…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Transition Assistant</source>
        <translation type="unfinished">Aanmelden — Transition Assistant</translation>
    </message>
    <message>
        <source>Sign in to Transition Assistant</source>
        <translation type="unfinished">Aanmelden bij Transition Assistant</translation>
    </message>
    <message>
        <source>Family files hold sensitive personal data: every file you open is recorded in the audit log under your name.</source>
        <translation type="unfinished">Gezinsdossiers bevatten gevoelige persoonsgegevens: elk dossier dat u opent, wordt op uw naam in het auditlogboek geregistreerd.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Wachtwoord</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished">Aanmeldingsbericht</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished">&amp;Aanmelden</translation>
    </message>
</context>
<context>
    <name>StepCardsDialog</name>
    <message>
        <source>Step cards</source>
        <translation type="unfinished">Stapkaarten</translation>
    </message>
    <message>
        <source>A printable page per step in the family&apos;s language, with the authority&apos;s language underneath: what the step is, where to go, what to bring, by when and what comes next.</source>
        <translation type="unfinished">Een afdrukbare pagina per stap in de taal van het gezin, met de taal van de instantie eronder: wat de stap is, waar naartoe, wat mee te brengen, tegen wanneer en wat daarna komt.</translation>
    </message>
    <message>
        <source>&amp;Family&apos;s language</source>
        <translation type="unfinished">Taal van het &amp;gezin</translation>
    </message>
    <message>
        <source>Language &amp;underneath</source>
        <translation type="unfinished">Taal &amp;eronder</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation type="unfinished">P&amp;apier</translation>
    </message>
    <message>
        <source>&amp;QR code of the address on the family&apos;s cards (a phone opens it in its map)</source>
        <translation type="unfinished">&amp;QR-code van het adres op de kaarten van het gezin (een telefoon opent het in de kaart)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished">Kaarten</translation>
    </message>
    <message>
        <source>A booklet of all open &amp;steps</source>
        <translation type="unfinished">Een boekje met alle open &amp;stappen</translation>
    </message>
    <message>
        <source>&amp;One card for</source>
        <translation type="unfinished">Eén &amp;kaart voor</translation>
    </message>
    <message>
        <source>Step of the card</source>
        <translation type="unfinished">Stap van de kaart</translation>
    </message>
    <message>
        <source>A4, one card a page</source>
        <translation type="unfinished">A4, één kaart per pagina</translation>
    </message>
    <message>
        <source>Two A5 cards per A4 sheet (cut in the middle)</source>
        <translation type="unfinished">Twee A5-kaarten per A4-blad (in het midden knippen)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished">&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>This family has no open checklist step.</source>
        <translation type="unfinished">Dit gezin heeft geen open stap in de checklist.</translation>
    </message>
    <message>
        <source>The card words in {languages} are draft translations, not yet reviewed; the cards say so.</source>
        <translation type="unfinished">De woorden op de kaarten in {languages} zijn ontwerpvertalingen, nog niet nagelezen; dat staat ook op de kaarten.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the database</source>
        <translation type="unfinished">De databank openen</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished">&amp;Herstelsleutel</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation type="unfinished">XXXX-XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Herstelsleutel</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Wachtzin</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Wachtzin</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation type="unfinished">W&amp;achtzin herhalen</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished">Wachtzin herhalen</translation>
    </message>
    <message>
        <source>I forgot the passphrase: use the &amp;recovery key</source>
        <translation type="unfinished">Ik ben de wachtzin vergeten: de &amp;herstelsleutel gebruiken</translation>
    </message>
    <message>
        <source>New &amp;passphrase</source>
        <translation type="unfinished">Nieuwe &amp;wachtzin</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished">De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation type="unfinished">De databank versleutelen</translation>
    </message>
    <message>
        <source>This database is not encrypted. Encrypt it now? A verified encrypted copy replaces the file.</source>
        <translation type="unfinished">Deze databank is niet versleuteld. Nu versleutelen? Een gecontroleerde versleutelde kopie vervangt het bestand.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation type="unfinished">Versleutelen</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>User account</source>
        <translation type="unfinished">Gebruikersaccount</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished">&amp;Volledige naam</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">&amp;Rol</translation>
    </message>
    <message>
        <source>Reception &amp;centre</source>
        <translation type="unfinished">&amp;Opvangcentrum</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished">F&amp;unctie</translation>
    </message>
    <message>
        <source>Printed under the person&apos;s name in letters; choose one or type another.</source>
        <translation type="unfinished">Wordt onder de naam van de persoon in brieven gedrukt; kies er een of typ een andere.</translation>
    </message>
    <message>
        <source>Title f&amp;orm</source>
        <translation type="unfinished">Vorm van de functie&amp;titel</translation>
    </message>
    <message>
        <source>How the job title is written: feminine, masculine or neutral, as the person chooses.</source>
        <translation type="unfinished">Hoe de functietitel geschreven wordt: vrouwelijk, mannelijk of neutraal, naar keuze van de persoon.</translation>
    </message>
    <message>
        <source>Direct p&amp;hone</source>
        <translation type="unfinished">Rechtstreekse tele&amp;foon</translation>
    </message>
    <message>
        <source>optional, e.g. 0470 12 34 56</source>
        <translation type="unfinished">niet verplicht, bv. 0470 12 34 56</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">&amp;E-mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">niet verplicht</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation type="unfinished">&amp;Huidig wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished">Wachtwoord h&amp;erhalen</translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished">Nieuwe gebruiker</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation type="unfinished">Gebruiker wijzigen</translation>
    </message>
    <message>
        <source>New password for {user}</source>
        <translation type="unfinished">Nieuw wachtwoord voor {user}</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished">Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>(none: every centre — coordinators only)</source>
        <translation type="unfinished">(geen: alle centra — alleen coördinatoren)</translation>
    </message>
    <message>
        <source>{centre} (retired)</source>
        <translation type="unfinished">{centre} (buiten gebruik)</translation>
    </message>
</context>
<context>
    <name>UserManageDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished">Gebruikers</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished">Gebruikersaccounts</translation>
    </message>
    <message>
        <source>Enter changes the selected account; Delete disables it, after asking.</source>
        <translation type="unfinished">Enter wijzigt de geselecteerde account; Delete schakelt hem uit, na bevestiging.</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished">&amp;Nieuwe gebruiker…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished">&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation type="unfinished">N&amp;ieuw wachtwoord…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Deblokkeren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished">&amp;Uitschakelen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Sluiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Gebruikersnaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rol</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished">Centrum</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Toestand</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished">Laatste aanmelding</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished">uitgeschakeld</translation>
    </message>
    <message>
        <source>locked (wrong passwords)</source>
        <translation type="unfinished">geblokkeerd (foute wachtwoorden)</translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished">geen wachtwoord</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished">actief</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished">&amp;Inschakelen</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished">Account uitschakelen</translation>
    </message>
    <message>
        <source>Disable the account of {name}? They will no longer be able to sign in; their past work stays recorded.</source>
        <translation type="unfinished">De account van {name} uitschakelen? Die persoon kan zich dan niet meer aanmelden; het eerdere werk blijft geregistreerd.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished">Uitschakelen</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished">{label}: dit veld is verplicht.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {max} characters).</source>
        <translation type="unfinished">{label}: de tekst is te lang (maximaal {max} tekens).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not one of the allowed values.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; is geen toegelaten waarde.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation type="unfinished">{label}: deze datum mag niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>{label} cannot be before {other}.</source>
        <translation type="unfinished">{label}: deze datum mag niet vóór die van het veld &apos;{other}&apos; liggen.</translation>
    </message>
    <message>
        <source>{label}: this is not a valid Belgian national register or BIS number ({reason}).</source>
        <translation type="unfinished">{label}: dit is geen geldig Belgisch rijksregisternummer of BIS-nummer ({reason}).</translation>
    </message>
    <message>
        <source>{label} does not match the birth date ({birth_date}).</source>
        <translation type="unfinished">{label}: het nummer komt niet overeen met de geboortedatum ({birth_date}).</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; is already used by another case.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; wordt al gebruikt in een ander dossier.</translation>
    </message>
    <message>
        <source>A household needs exactly one head of household (it has {count}).</source>
        <translation type="unfinished">Een gezin moet precies één gezinshoofd hebben (nu: {count}).</translation>
    </message>
    <message>
        <source>A household needs at least one member.</source>
        <translation type="unfinished">Een gezin moet minstens één gezinslid hebben.</translation>
    </message>
    <message>
        <source>{label}: unknown code &apos;{value}&apos;.</source>
        <translation type="unfinished">{label}: onbekende code &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>{label}: the preferred language must be one of the languages spoken.</source>
        <translation type="unfinished">{label}: de voorkeurstaal moet een van de gesproken talen zijn.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a Belgian postcode.</source>
        <translation type="unfinished">{label}: {value} is geen Belgische postcode.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a postcode of {municipality}.</source>
        <translation type="unfinished">{label}: {value} is geen postcode van {municipality}.</translation>
    </message>
    <message>
        <source>{label} must be between {min} and {max} euros.</source>
        <translation type="unfinished">{label} moet tussen {min} en {max} euro liggen.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; is geen e-mailadres.</translation>
    </message>
    <message>
        <source>Some fields need correcting.</source>
        <extracomment>The translation context of a code given as a bare source text (older call sites).</extracomment>
        <translation type="unfinished">Sommige velden moeten worden verbeterd.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished">Voornamen</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Familienaam</translation>
    </message>
    <message>
        <source>Relation to the head of household</source>
        <translation type="unfinished">Verwantschap met het gezinshoofd</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished">Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Geslacht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">Nationaliteit</translation>
    </message>
    <message>
        <source>Immigration Office (OE/DVZ) number</source>
        <translation type="unfinished">Nummer van de Dienst Vreemdelingenzaken (DVZ)</translation>
    </message>
    <message>
        <source>{member}: a national register number has 11 digits (YY.MM.DD-XXX.CC); the one entered has {count}.</source>
        <translation type="unfinished">{member}: een rijksregisternummer heeft 11 cijfers (JJ.MM.DD-XXX.CC); het ingevulde nummer heeft er {count}.</translation>
    </message>
    <message>
        <source>{member}: a national register number has only digits, dots and a hyphen (YY.MM.DD-XXX.CC).</source>
        <translation type="unfinished">{member}: een rijksregisternummer bevat alleen cijfers, punten en een streepje (JJ.MM.DD-XXX.CC).</translation>
    </message>
    <message>
        <source>{member}: the national register number is not valid: its last two digits do not match the others. Copy it again from the residence card.</source>
        <translation type="unfinished">{member}: het rijksregisternummer is niet geldig: de laatste twee cijfers passen niet bij de andere. Neem het opnieuw over van de verblijfskaart.</translation>
    </message>
    <message>
        <source>{member}: the national register number is not valid: its first six digits are not a birth date (YY.MM.DD).</source>
        <translation type="unfinished">{member}: het rijksregisternummer is niet geldig: de eerste zes cijfers zijn geen geboortedatum (JJ.MM.DD).</translation>
    </message>
    <message>
        <source>{member}: the national register number is for someone born on {encoded}, but the birth date entered is {birth_date}. Correct one of the two.</source>
        <translation type="unfinished">{member}: het rijksregisternummer hoort bij iemand die geboren is op {encoded}, maar de ingevulde geboortedatum is {birth_date}. Verbeter een van de twee.</translation>
    </message>
    <message>
        <source>{label}: only digits, with or without dots (for example 8.123.456).</source>
        <translation type="unfinished">{label}: alleen cijfers, met of zonder punten (bijvoorbeeld 8.123.456).</translation>
    </message>
    <message>
        <source>{label}: it has {count} digits; an Immigration Office number has {min} to {max}.</source>
        <translation type="unfinished">{label}: het heeft {count} cijfers; een nummer van de Dienst Vreemdelingenzaken heeft er {min} tot {max}.</translation>
    </message>
    <message>
        <source>{label}: it contains characters that cannot be printed. Type it again.</source>
        <translation type="unfinished">{label}: er staan tekens in die niet afgedrukt kunnen worden. Typ het opnieuw.</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished">Soort vermelding</translation>
    </message>
    <message>
        <source>Place for</source>
        <translation type="unfinished">Plaats voor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished">Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished">Gemeente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">Website</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">Openingsuren</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished">Gesproken talen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notities</translation>
    </message>
    <message>
        <source>Date the address was checked</source>
        <translation type="unfinished">Datum waarop het adres gecontroleerd is</translation>
    </message>
    <message>
        <source>Date the phone number was checked</source>
        <translation type="unfinished">Datum waarop het telefoonnummer gecontroleerd is</translation>
    </message>
    <message>
        <source>Date the e-mail address was checked</source>
        <translation type="unfinished">Datum waarop het e-mailadres gecontroleerd is</translation>
    </message>
    <message>
        <source>Date the opening hours were checked</source>
        <translation type="unfinished">Datum waarop de openingsuren gecontroleerd zijn</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not valid.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; is niet geldig.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a postcode of this municipality.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; is geen postcode van deze gemeente.</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished">Voorkeurstaal</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation type="unfinished">Rijksregisternummer</translation>
    </message>
    <message>
        <source>Residence card type</source>
        <translation type="unfinished">Soort verblijfsdocument</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation type="unfinished">Nummer van het verblijfsdocument</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished">Status van het dossier</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Dossiernummer</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">Opvangcentrum</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">Maatschappelijk werker</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished">Aankomstdatum</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation type="unfinished">Vertrekdatum</translation>
    </message>
    <message>
        <source>Destination municipality</source>
        <translation type="unfinished">Gemeente van bestemming</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation type="unfinished">Soort contact</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation type="unfinished">Beschermingsstatus</translation>
    </message>
    <message>
        <source>Deciding body</source>
        <translation type="unfinished">Beslissende instantie</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished">Beslissingsdatum</translation>
    </message>
    <message>
        <source>Asylum application date</source>
        <translation type="unfinished">Datum van de asielaanvraag</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation type="unfinished">Datum van kennisgeving</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished">Referentie van de beslissing</translation>
    </message>
    <message>
        <source>How the family left</source>
        <translation type="unfinished">Hoe het gezin vertrokken is</translation>
    </message>
    <message>
        <source>{label} is needed for this letter.</source>
        <extracomment>One message for every missing value; its ``label`` says what (and where) it is.</extracomment>
        <translation type="unfinished">{label}: nodig voor deze brief.</translation>
    </message>
    <message>
        <source>Address of the new dwelling</source>
        <extracomment>The labels of the letters&apos; inputs (``label:`` in resources/letters/*.yaml), marked here for the translators: a test checks every input label of every letter is in this list.</extracomment>
        <translation type="unfinished">Adres van de nieuwe woning</translation>
    </message>
    <message>
        <source>Address of the dwelling</source>
        <translation type="unfinished">Adres van de woning</translation>
    </message>
    <message>
        <source>Start of the lease</source>
        <translation type="unfinished">Begin van de huurovereenkomst</translation>
    </message>
    <message>
        <source>Rental guarantee asked</source>
        <translation type="unfinished">Gevraagde huurwaarborg</translation>
    </message>
    <message>
        <source>Moving-in date</source>
        <translation type="unfinished">Verhuisdatum</translation>
    </message>
    <message>
        <source>Desired first school day</source>
        <translation type="unfinished">Gewenste eerste schooldag</translation>
    </message>
    <message>
        <source>Reason for the referral / needs</source>
        <translation type="unfinished">Reden van de doorverwijzing / noden</translation>
    </message>
    <message>
        <source>Head of household (family file ▸ Members)</source>
        <translation type="unfinished">Gezinshoofd (gezinsdossier ▸ Gezinsleden)</translation>
    </message>
    <message>
        <source>Birth date of the head of household (family file ▸ Members)</source>
        <translation type="unfinished">Geboortedatum van het gezinshoofd (gezinsdossier ▸ Gezinsleden)</translation>
    </message>
    <message>
        <source>Nationality of the head of household (family file ▸ Members)</source>
        <translation type="unfinished">Nationaliteit van het gezinshoofd (gezinsdossier ▸ Gezinsleden)</translation>
    </message>
    <message>
        <source>Family members living in Belgium (family file ▸ Members)</source>
        <translation type="unfinished">Gezinsleden die in België wonen (gezinsdossier ▸ Gezinsleden)</translation>
    </message>
    <message>
        <source>Children living in Belgium (family file ▸ Members)</source>
        <translation type="unfinished">Kinderen die in België wonen (gezinsdossier ▸ Gezinsleden)</translation>
    </message>
    <message>
        <source>Family members still abroad (family file ▸ Members)</source>
        <translation type="unfinished">Gezinsleden die nog in het buitenland zijn (gezinsdossier ▸ Gezinsleden)</translation>
    </message>
    <message>
        <source>Languages spoken (family file ▸ Members)</source>
        <translation type="unfinished">Gesproken talen (gezinsdossier ▸ Gezinsleden)</translation>
    </message>
    <message>
        <source>Protection status (family file ▸ Decision)</source>
        <translation type="unfinished">Beschermingsstatus (gezinsdossier ▸ Beslissing)</translation>
    </message>
    <message>
        <source>Deciding body (family file ▸ Decision)</source>
        <translation type="unfinished">Beslissende instantie (gezinsdossier ▸ Beslissing)</translation>
    </message>
    <message>
        <source>Decision date (family file ▸ Decision)</source>
        <translation type="unfinished">Beslissingsdatum (gezinsdossier ▸ Beslissing)</translation>
    </message>
    <message>
        <source>Decision reference (family file ▸ Decision)</source>
        <translation type="unfinished">Referentie van de beslissing (gezinsdossier ▸ Beslissing)</translation>
    </message>
    <message>
        <source>Asylum application date (family file ▸ Decision)</source>
        <translation type="unfinished">Datum van de asielaanvraag (gezinsdossier ▸ Beslissing)</translation>
    </message>
    <message>
        <source>Arrival date (family file ▸ Household)</source>
        <translation type="unfinished">Aankomstdatum (gezinsdossier ▸ Gezin)</translation>
    </message>
    <message>
        <source>Exit date (family file ▸ Household) or decision date (family file ▸ Decision)</source>
        <translation type="unfinished">Vertrekdatum (gezinsdossier ▸ Gezin) of beslissingsdatum (gezinsdossier ▸ Beslissing)</translation>
    </message>
    <message>
        <source>Exit date, planned or actual (family file ▸ Household)</source>
        <translation type="unfinished">Vertrekdatum, gepland of werkelijk (gezinsdossier ▸ Huishouden)</translation>
    </message>
    <message>
        <source>Destination municipality (family file ▸ Household)</source>
        <translation type="unfinished">Gemeente van bestemming (gezinsdossier ▸ Gezin)</translation>
    </message>
    <message>
        <source>Reception centre (family file ▸ Household)</source>
        <translation type="unfinished">Opvangcentrum (gezinsdossier ▸ Gezin)</translation>
    </message>
    <message>
        <source>Social worker (family file ▸ Household)</source>
        <translation type="unfinished">Maatschappelijk werker (gezinsdossier ▸ Gezin)</translation>
    </message>
    <message>
        <source>Municipality of the reception centre (Administration ▸ Centres)</source>
        <translation type="unfinished">Gemeente van het opvangcentrum (Beheer ▸ Centra)</translation>
    </message>
    <message>
        <source>Extension of the stay in reception (checklist)</source>
        <translation type="unfinished">Verlenging van het verblijf in de opvang (checklist)</translation>
    </message>
    <message>
        <source>A rule for this date (rules files: ask your coordinator)</source>
        <translation type="unfinished">Een regel voor deze datum (regelbestanden: vraag het uw coördinator)</translation>
    </message>
    <message>
        <source>Addressee (name and address)</source>
        <translation type="unfinished">Geadresseerde (naam en adres)</translation>
    </message>
    <message>
        <source>Landlord (name and address)</source>
        <translation type="unfinished">Verhuurder (naam en adres)</translation>
    </message>
    <message>
        <source>School (name and address)</source>
        <translation type="unfinished">School (naam en adres)</translation>
    </message>
    <message>
        <source>A value of the family file</source>
        <translation type="unfinished">Een gegeven van het gezinsdossier</translation>
    </message>
    <message>
        <source>Postcode of the new dwelling</source>
        <translation type="unfinished">Postcode van de nieuwe woning</translation>
    </message>
    <message>
        <source>Municipality of the new dwelling</source>
        <translation type="unfinished">Gemeente van de nieuwe woning</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation type="unfinished">Maandelijkse huur</translation>
    </message>
    <message>
        <source>Monthly charges</source>
        <translation type="unfinished">Maandelijkse kosten</translation>
    </message>
    <message>
        <source>Rental guarantee</source>
        <translation type="unfinished">Huurwaarborg</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation type="unfinished">Verhuurder</translation>
    </message>
    <message>
        <source>Landlord&apos;s address</source>
        <translation type="unfinished">Adres van de verhuurder</translation>
    </message>
    <message>
        <source>Landlord&apos;s postcode</source>
        <translation type="unfinished">Postcode van de verhuurder</translation>
    </message>
    <message>
        <source>Landlord&apos;s phone</source>
        <translation type="unfinished">Telefoon van de verhuurder</translation>
    </message>
    <message>
        <source>Landlord&apos;s e-mail</source>
        <translation type="unfinished">E-mail van de verhuurder</translation>
    </message>
    <message>
        <source>Note for the social worker</source>
        <extracomment>What a buddy may set a step to: done, waiting for someone else, or back to do (a wrong tick).</extracomment>
        <translation type="unfinished">Notitie voor de maatschappelijk werker</translation>
    </message>
    <message>
        <source>Step status</source>
        <extracomment>Families whose open steps are on the due list (closed and archived cases leave every list). Families no longer in reception: the steps of leaving it no longer need doing (see ``is_moot``). Tracks whose steps are done before leaving the centre (moot once the family left). The fields of a step a change records before and after (``checklist_event.before/after``; Undo). The family&apos;s fields the leave step changes (under ``&quot;family&quot;`` in before/after). Event kinds Undo can reverse. Dates of the case that are the day a step was done.</extracomment>
        <translation type="unfinished">Status van de stap</translation>
    </message>
    <message>
        <source>Reason the step is blocked</source>
        <translation type="unfinished">Reden waarom de stap geblokkeerd is</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation type="unfinished">Datum gedaan</translation>
    </message>
    <message>
        <source>Day the family left the centre</source>
        <translation type="unfinished">Dag waarop het gezin het centrum verliet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notitie</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation type="unfinished">Titel van de stap</translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished">Domein</translation>
    </message>
    <message>
        <source>Steps to do first</source>
        <translation type="unfinished">Eerst te doen stappen</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished">Vervaldatum</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation type="unfinished">Nieuwe vervaldatum</translation>
    </message>
    <message>
        <source>Reason for the new due date</source>
        <translation type="unfinished">Reden voor de nieuwe vervaldatum</translation>
    </message>
    <message>
        <source>Length of the extension (months)</source>
        <translation type="unfinished">Duur van de verlenging (maanden)</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation type="unfinished">Reden voor de verlenging</translation>
    </message>
    <message>
        <source>Reason for going beyond the maximum</source>
        <translation type="unfinished">Reden om boven het maximum te gaan</translation>
    </message>
    <message>
        <source>Date the extension was granted</source>
        <translation type="unfinished">Datum waarop de verlenging werd toegekend</translation>
    </message>
    <message>
        <source>{label} must be between {min} and {max}.</source>
        <translation type="unfinished">{label}: de waarde moet tussen {min} en {max} liggen.</translation>
    </message>
    <message>
        <source>The extensions would add up to {total} months, more than the maximum of {maximum} months in the rules: {label} is required.</source>
        <translation type="unfinished">De verlengingen zouden samen {total} maanden worden, meer dan het maximum van {maximum} maanden in de regels: {label} is verplicht.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>detail -&gt; the field holding the date it was checked (the address date covers the postcode too) Fields a local edit of a shipped entry may set (the name, kind and municipality stay shipped).</extracomment>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Gebruikersnaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Volledige naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Wachtwoord</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished">Functie</translation>
    </message>
    <message>
        <source>Form of the job title</source>
        <translation type="unfinished">Vorm van de functietitel</translation>
    </message>
    <message>
        <source>Direct phone</source>
        <translation type="unfinished">Rechtstreekse telefoon</translation>
    </message>
    <message>
        <source>{label}: use 3 to 64 lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation type="unfinished">{label}: gebruik 3 tot 64 kleine letters, cijfers, punten, koppeltekens of onderstrepingstekens.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished">De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation type="unfinished">Naam van het centrum</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished">Opvangoperator</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished">Straat en nummer</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation type="unfinished">Ondernemingsnummer</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished">Logo</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation type="unfinished">Het wachtwoord moet minstens 10 tekens hebben.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished">Het wachtwoord mag de gebruikersnaam niet bevatten.</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation type="unfinished">Wat gedeeld wordt</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished">Gedeeld met</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished">Toestemming gegeven op</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation type="unfinished">Toestemming ingetrokken op</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Persoon</translation>
    </message>
    <message>
        <source>Retention period (months)</source>
        <translation type="unfinished">Bewaartermijn (maanden)</translation>
    </message>
    <message>
        <source>{label}: this person is not a member of this family.</source>
        <translation type="unfinished">{label}: deze persoon hoort niet bij dit gezin.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished">Afspraak</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Einde</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Plaats</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">Mee te brengen</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation type="unfinished">Begeleid door</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation type="unfinished">Stap van de checklist</translation>
    </message>
    <message>
        <source>{label} must be after {other}.</source>
        <translation type="unfinished">{label}: moet na ‘{other}’ liggen.</translation>
    </message>
    <message>
        <source>{label}: at most {max} lines.</source>
        <translation type="unfinished">{label}: hoogstens {max} regels.</translation>
    </message>
    <message>
        <source>{label}: the year must be between {first} and {last}.</source>
        <translation type="unfinished">{label}: het jaar moet tussen {first} en {last} liggen.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; is geen datum; schrijf ze als JJJJ-MM-DD (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an amount in euros.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; is geen bedrag in euro.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a whole number.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; is geen geheel getal.</translation>
    </message>
    <message>
        <source>The postal address of {name} is not known (or marked uncertain) in the directory: give it for this letter (street and number, then postcode and municipality).</source>
        <translation type="unfinished">Het postadres van {name} is niet bekend (of als onzeker gemarkeerd) in de adresgids: geef het op voor deze brief (straat en nummer, dan postcode en gemeente).</translation>
    </message>
    <message>
        <source>{label}: give the street and number, then the postcode and municipality on the last line.</source>
        <translation type="unfinished">{label}: geef straat en nummer, en daarna postcode en gemeente op de laatste regel.</translation>
    </message>
    <message>
        <source>Postal address of the addressee</source>
        <translation type="unfinished">Postadres van de geadresseerde</translation>
    </message>
    <message>
        <source>The new home in {postcode} {place} is in the area of {competent}: a request about it goes to that CPAS/OCMW, not to {addressed}.</source>
        <translation type="unfinished">De nieuwe woning in {postcode} {place} valt onder {competent}: een aanvraag daarover gaat naar dat OCMW, niet naar {addressed}.</translation>
    </message>
    <message>
        <source>The new home in {postcode} {place} is in {place}: the family registers at the administration of that municipality, not of {addressed}. Correct the address, or the family&apos;s new municipality (family file ▸ Household).</source>
        <translation type="unfinished">De nieuwe woning in {postcode} {place} ligt in {place}: het gezin schrijft zich in bij het bestuur van die gemeente, niet van {addressed}. Verbeter het adres, of de nieuwe gemeente van het gezin (gezinsdossier ▸ Gezin).</translation>
    </message>
    <message>
        <source>{label}: write the postcode and municipality on the last line (for example “1070 Anderlecht”), so that the competent CPAS/OCMW can be checked.</source>
        <translation type="unfinished">{label}: schrijf de postcode en de gemeente op de laatste regel (bijvoorbeeld ‘1070 Anderlecht’), zodat het bevoegde OCMW gecontroleerd kan worden.</translation>
    </message>
    <message>
        <source>{label}: {postcode} is not a Belgian postcode.</source>
        <translation type="unfinished">{label}: {postcode} is geen Belgische postcode.</translation>
    </message>
    <message>
        <source>None of the children living in Belgium is of school age on {date} (2½ years or more; compulsory education is from 5 to 18): a school letter cannot be made.</source>
        <translation type="unfinished">Geen van de kinderen die in België wonen is op {date} schoolgaand (2,5 jaar of ouder; de leerplicht loopt van 5 tot 18 jaar): er kan geen brief aan de school gemaakt worden.</translation>
    </message>
    <message>
        <source>{name} is younger than 2½ years on {date} and is left out of the school letter.</source>
        <translation type="unfinished">{name} is op {date} jonger dan 2,5 jaar en staat niet in de brief aan de school.</translation>
    </message>
    <message>
        <source>{name} is {age} years old: compulsory education ends at 18. Check that a school enrolment is what the family wants.</source>
        <translation type="unfinished">{name} is {age} jaar: de leerplicht eindigt op 18 jaar. Ga na of het gezin echt een schoolinschrijving wil.</translation>
    </message>
    <message>
        <source>The birth date of {name} is needed for this letter (family file ▸ Members): it lists people by their age.</source>
        <translation type="unfinished">De geboortedatum van {name} is nodig voor deze brief (gezinsdossier ▸ Gezinsleden): de brief vermeldt personen volgens hun leeftijd.</translation>
    </message>
    <message>
        <source>This letter is for adults (18 or more) and no member living in Belgium is an adult on {date}.</source>
        <translation type="unfinished">Deze brief is voor volwassenen (18 jaar of ouder) en geen enkel gezinslid dat in België woont is op {date} meerderjarig.</translation>
    </message>
    <message>
        <source>{label}: give an amount in euros, such as 650 or 650,50.</source>
        <translation type="unfinished">{label}: geef een bedrag in euro, bijvoorbeeld 650 of 650,50.</translation>
    </message>
    <message>
        <source>{label} cannot be negative or zero.</source>
        <translation type="unfinished">{label} kan niet negatief of nul zijn.</translation>
    </message>
    <message>
        <source>{label}: {value} € is more than {maximum} €; check the amount.</source>
        <translation type="unfinished">{label}: {value} € is meer dan {maximum} €; controleer het bedrag.</translation>
    </message>
    <message>
        <source>{label}: an amount has at most two decimals (cents).</source>
        <translation type="unfinished">{label}: een bedrag heeft hoogstens twee decimalen (centen).</translation>
    </message>
    <message>
        <source>{label}: {value} is more than two years from today; check the date.</source>
        <translation type="unfinished">{label}: {value} ligt meer dan twee jaar van vandaag; controleer de datum.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Appointments — week</source>
        <translation type="unfinished">Afspraken — week</translation>
    </message>
    <message>
        <source>Appointments of the week</source>
        <translation type="unfinished">Afspraken van de week</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation type="unfinished">V&amp;orige week</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left, Page Up)</source>
        <translation type="unfinished">Vorige week (Alt+Links, Page Up)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished">Van&amp;daag</translation>
    </message>
    <message>
        <source>The week of today</source>
        <translation type="unfinished">De week van vandaag</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation type="unfinished">&amp;Volgende week</translation>
    </message>
    <message>
        <source>Next week (Alt+Right, Page Down)</source>
        <translation type="unfinished">Volgende week (Alt+Rechts, Page Down)</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation type="unfinished">Getoonde week</translation>
    </message>
    <message>
        <source>&amp;Export week to calendar (.ics)…</source>
        <translation type="unfinished">Week &amp;exporteren naar agenda (.ics)…</translation>
    </message>
    <message>
        <source>A file to import into a phone or computer calendar (times, places and case numbers; no names)</source>
        <translation type="unfinished">Een bestand om te importeren in de agenda van een telefoon of computer (uren, plaatsen en dossiernummers; geen namen)</translation>
    </message>
    <message>
        <source>Appointments by day</source>
        <translation type="unfinished">Afspraken per dag</translation>
    </message>
    <message>
        <source>The seven days of the week, each followed by its appointments. Enter or double-click opens an appointment; Alt+Left and Alt+Right show the previous and next week.</source>
        <translation type="unfinished">De zeven dagen van de week, elk gevolgd door de afspraken. Enter of dubbelklikken opent een afspraak; Alt+Links en Alt+Rechts tonen de vorige en volgende week.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Uur</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Gezin</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished">Afspraak</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Plaats</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">Mee te brengen</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation type="unfinished">Begeleid door</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation type="unfinished">{day} (vandaag)</translation>
    </message>
    <message>
        <source>{day} — no appointments</source>
        <translation type="unfinished">{day} — geen afspraken</translation>
    </message>
    <message>
        <source>{day} — 1 appointment</source>
        <translation type="unfinished">{day} — 1 afspraak</translation>
    </message>
    <message>
        <source>{day} — {n} appointments</source>
        <translation type="unfinished">{day} — {n} afspraken</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished">van {start} tot {end}</translation>
    </message>
    <message>
        <source>Export week to calendar</source>
        <translation type="unfinished">Week exporteren naar agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished">iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <source>Double-click an appointment (or press Enter) to open it. Alt+Left and Alt+Right (or Page Up and Page Down) show the previous and next week.</source>
        <translation type="unfinished">Dubbelklik op een afspraak (of druk op Enter) om ze te openen. Alt+Links en Alt+Rechts (of Page Up en Page Down) tonen de vorige en volgende week.</translation>
    </message>
    <message>
        <source>{first} – {last} · week {week}</source>
        <translation type="unfinished">{first} – {last} · week {week}</translation>
    </message>
    <message>
        <source>Appointments — {week}</source>
        <translation type="unfinished">Afspraken — {week}</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation type="unfinished">Meebrengen</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation type="unfinished">Het agendabestand kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">Geëxporteerd</translation>
    </message>
    <message>
        <source>Saved {count} appointments in {file}. Import it into the calendar of your phone or computer.

The file holds times, places and case numbers, no names. It is not encrypted: delete it once it is imported.</source>
        <translation type="unfinished">{count} afspraken opgeslagen in {file}. Importeer het bestand in de agenda van uw telefoon of computer.

Het bestand bevat uren, plaatsen en dossiernummers, geen namen. Het is niet versleuteld: verwijder het zodra het geïmporteerd is.</translation>
    </message>
</context>
</TS>
