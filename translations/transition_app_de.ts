<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>AppointmentEditDialog</name>
    <message>
        <source>Appointment</source>
        <translation type="unfinished">Termin</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation type="unfinished">&amp;Termin</translation>
    </message>
    <message>
        <source>e.g. CPAS — first interview</source>
        <translation type="unfinished">z. B. ÖSHZ — Erstgespräch</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished">&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished">&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished">Beginnzeit</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished">&amp;bis</translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished">Endzeit</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished">&amp;Ort</translation>
    </message>
    <message>
        <source>Name and address</source>
        <translation type="unfinished">Name und Adresse</translation>
    </message>
    <message>
        <source>What to &amp;bring</source>
        <translation type="unfinished">&amp;Mitzubringen</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation type="unfinished">Ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>Accompanied b&amp;y</source>
        <translation type="unfinished">Begleitet &amp;von</translation>
    </message>
    <message>
        <source>e.g. the buddy, an interpreter</source>
        <translation type="unfinished">z. B. die Begleitperson, ein Dolmetscher</translation>
    </message>
    <message>
        <source>Checklist &amp;step</source>
        <translation type="unfinished">&amp;Schritt der Checkliste</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">Zu korrigierende Probleme</translation>
    </message>
    <message>
        <source>The appointment is cancelled: it leaves the lists and calendars</source>
        <translation type="unfinished">Der Termin ist abgesagt: Er verschwindet aus den Listen und Kalendern</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished">Neuer Termin</translation>
    </message>
    <message>
        <source>&amp;Remove appointment…</source>
        <translation type="unfinished">Termin &amp;entfernen…</translation>
    </message>
    <message>
        <source>This day is in the past.</source>
        <translation type="unfinished">Dieser Tag liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">Keiner</translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation type="unfinished">Termin entfernen</translation>
    </message>
    <message>
        <source>Remove the appointment “{title}”? It will no longer appear in the calendars.</source>
        <translation type="unfinished">Den Termin „{title}“ entfernen? Er erscheint dann nicht mehr in den Kalendern.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
</context>
<context>
    <name>AppointmentsMenu</name>
    <message>
        <source>Appointment saved: {title}.</source>
        <translation type="unfinished">Termin gespeichert: {title}.</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation type="unfinished">&amp;Termine</translation>
    </message>
    <message>
        <source>&amp;Week view</source>
        <translation type="unfinished">&amp;Wochenansicht</translation>
    </message>
    <message>
        <source>The appointments of the week, day by day</source>
        <translation type="unfinished">Die Termine der Woche, Tag für Tag</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation type="unfinished">&amp;Neuer Termin…</translation>
    </message>
    <message>
        <source>An appointment of the selected family</source>
        <translation type="unfinished">Ein Termin der gewählten Familie</translation>
    </message>
    <message>
        <source>Step &amp;cards…</source>
        <translation type="unfinished">Schritt&amp;karten…</translation>
    </message>
    <message>
        <source>Printable cards of the family&apos;s steps in their language</source>
        <translation type="unfinished">Druckbare Karten zu den Schritten der Familie, in ihrer Sprache</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished">Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished">Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-in refused (locked)</source>
        <translation type="unfinished">Anmeldung verweigert (gesperrt)</translation>
    </message>
    <message>
        <source>First run</source>
        <translation type="unfinished">Ersteinrichtung</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished">Angesehen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Erstellt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished">Bearbeitet</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished">Archiviert</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">Exportiert</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished">Gedruckt</translation>
    </message>
    <message>
        <source>Dossier issued</source>
        <translation type="unfinished">Dossier ausgestellt</translation>
    </message>
    <message>
        <source>Erased (anonymised)</source>
        <translation type="unfinished">Gelöscht (anonymisiert)</translation>
    </message>
    <message>
        <source>Retention rule applied</source>
        <translation type="unfinished">Aufbewahrungsregel angewandt</translation>
    </message>
    <message>
        <source>Buddy assigned</source>
        <translation type="unfinished">Begleitperson zugewiesen</translation>
    </message>
    <message>
        <source>Buddy unassigned</source>
        <translation type="unfinished">Zuweisung der Begleitperson aufgehoben</translation>
    </message>
    <message>
        <source>User created</source>
        <translation type="unfinished">Benutzer angelegt</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished">Benutzer geändert</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished">Passwort geändert</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished">Einstellung geändert</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished">Prüfprotokoll exportiert</translation>
    </message>
    <message>
        <source>Audit log verified</source>
        <translation type="unfinished">Prüfprotokoll überprüft</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation type="unfinished">Datenbank gesichert</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation type="unfinished">Datenbank aus einer Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Families imported from a file</source>
        <translation type="unfinished">Familien aus einer Datei importiert</translation>
    </message>
    <message>
        <source>List exported to a file</source>
        <translation type="unfinished">Liste in eine Datei exportiert</translation>
    </message>
    <message>
        <source>Reception centre created</source>
        <translation type="unfinished">Aufnahmezentrum angelegt</translation>
    </message>
    <message>
        <source>Reception centre changed</source>
        <translation type="unfinished">Aufnahmezentrum geändert</translation>
    </message>
    <message>
        <source>Checklist change undone</source>
        <translation type="unfinished">Änderung der Checkliste rückgängig gemacht</translation>
    </message>
    <message>
        <source>Sent without a recorded consent (reason given)</source>
        <translation type="unfinished">Ohne erfasste Einwilligung gesendet (Grund angegeben)</translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished">Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Familie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Einzelheiten</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished">&amp;Benutzer</translation>
    </message>
    <message>
        <source>Only entries of this user</source>
        <translation type="unfinished">Nur Einträge dieses Benutzers</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished">&amp;Aktion</translation>
    </message>
    <message>
        <source>Only this action</source>
        <translation type="unfinished">Nur diese Aktion</translation>
    </message>
    <message>
        <source>&amp;Family id</source>
        <translation type="unfinished">&amp;Familien-ID</translation>
    </message>
    <message>
        <source>Only entries about this family</source>
        <translation type="unfinished">Nur Einträge zu dieser Familie</translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished">alle</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished">&amp;Von</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation type="unfinished">Ab diesem Tag</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished">B&amp;is</translation>
    </message>
    <message>
        <source>Up to this day</source>
        <translation type="unfinished">Bis zu diesem Tag</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished">Einträge des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Newest first: when, who, what and about which family. The filters above narrow the list.</source>
        <translation type="unfinished">Die neuesten zuerst: wann, wer, was und zu welcher Familie. Die Filter oben grenzen die Liste ein.</translation>
    </message>
    <message>
        <source>Result of the chain verification</source>
        <translation type="unfinished">Ergebnis der Kettenprüfung</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished">Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Check that no entry was changed, inserted or removed since it was written</source>
        <translation type="unfinished">Prüfen, dass kein Eintrag seit seiner Erstellung geändert, eingefügt oder entfernt wurde</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Schließen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished">Alle Personen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished">Alle Aktionen</translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished">jeder Tag</translation>
    </message>
    <message>
        <source>“To” is before “From” ({date}): no entry can match.</source>
        <translation type="unfinished">„Bis“ liegt vor „Von“ ({date}): kein Eintrag kann passen.</translation>
    </message>
    <message>
        <source>{count} entries, newest first</source>
        <translation type="unfinished">{count} Einträge, die neuesten zuerst</translation>
    </message>
    <message>
        <source>{count} entries; the newest {shown} are shown (narrow the filters or export them all)</source>
        <translation type="unfinished">{count} Einträge; die neuesten {shown} werden angezeigt (Filter eingrenzen oder alle exportieren)</translation>
    </message>
    <message>
        <source>✔ The chain is intact: none of the {count} entries was changed, inserted or removed.</source>
        <translation type="unfinished">✔ Die Kette ist intakt: Keiner der {count} Einträge wurde geändert, eingefügt oder entfernt.</translation>
    </message>
    <message>
        <source>✘ The audit log was altered: {count} breaks in the chain (entries {entries}). Keep this database as evidence and tell your data protection officer.</source>
        <translation type="unfinished">✘ Das Prüfprotokoll wurde verändert: {count} Brüche in der Kette (Einträge {entries}). Bewahren Sie diese Datenbank als Beweismittel auf und informieren Sie Ihren Datenschutzbeauftragten.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished">Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}.</source>
        <translation type="unfinished">{count} Einträge nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>BatchDossiersDialog</name>
    <message>
        <source>Dossiers for families leaving soon</source>
        <translation type="unfinished">Dossiers für Familien, die bald ausziehen</translation>
    </message>
    <message>
        <source>Families leaving within (&amp;days)</source>
        <translation type="unfinished">Auszug innerhalb von (&amp;Tagen)</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished">&amp;Für</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Sprache</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished">Date&amp;iformat</translation>
    </message>
    <message>
        <source>Folde&amp;r</source>
        <translation type="unfinished">&amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The files are not encrypted: each is a plain copy of personal data. Confidential notes are never included in a batch.</source>
        <translation type="unfinished">Die Dateien sind nicht verschlüsselt: Jede ist eine einfache Kopie personenbezogener Daten. Vertrauliche Notizen sind nie in einer Serie enthalten.</translation>
    </message>
    <message>
        <source>&amp;Make dossiers</source>
        <translation type="unfinished">Dossiers &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Fortschritt</translation>
    </message>
    <message>
        <source>Folder for the dossiers</source>
        <translation type="unfinished">Ordner für die Dossiers</translation>
    </message>
    <message>
        <source>{count} families leave reception within {days} days or are past their exit date.</source>
        <translation type="unfinished">{count} Familien verlassen die Aufnahme innerhalb von {days} Tagen oder haben ihr Auszugsdatum überschritten.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the dossiers.</source>
        <translation type="unfinished">Wählen Sie einen vorhandenen Ordner für die Dossiers.</translation>
    </message>
    <message>
        <source>Making the dossiers…</source>
        <translation type="unfinished">Dossiers werden erstellt…</translation>
    </message>
    <message>
        <source>Cancelling after the current dossier…</source>
        <translation type="unfinished">Abbruch nach dem aktuellen Dossier…</translation>
    </message>
    <message>
        <source>{done} of {total} dossiers</source>
        <translation type="unfinished">{done} von {total} Dossiers</translation>
    </message>
    <message>
        <source>{written} of {total} dossiers written to {folder}.</source>
        <translation type="unfinished">{written} von {total} Dossiers in {folder} gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled: the files written are complete.</source>
        <translation type="unfinished">Abgebrochen: Die gespeicherten Dateien sind vollständig.</translation>
    </message>
    <message>
        <source>{count} could not be made.</source>
        <translation type="unfinished">{count} konnten nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Not made, the family&apos;s consent for this recipient is not recorded: {cases}.</source>
        <translation type="unfinished">Nicht erstellt, die Einwilligung der Familie für diesen Empfänger ist nicht erfasst: {cases}.</translation>
    </message>
</context>
<context>
    <name>BuddyAssignDialog</name>
    <message>
        <source>Admin buddies</source>
        <translation type="unfinished">Administrative Begleitpersonen</translation>
    </message>
    <message>
        <source>An admin buddy sees only the families assigned to them: names, contacts, languages, the checklist and appointments — never national register numbers, the protection decision or confidential notes.</source>
        <translation type="unfinished">Eine administrative Begleitperson sieht nur die ihr zugewiesenen Familien: Namen, Kontakte, Sprachen, die Checkliste und Termine — nie Nationalregisternummern, die Schutzentscheidung oder vertrauliche Notizen.</translation>
    </message>
    <message>
        <source>Buddies accompanying this family</source>
        <translation type="unfinished">Begleitpersonen dieser Familie</translation>
    </message>
    <message>
        <source>Delete unassigns the selected buddy, after asking.</source>
        <translation type="unfinished">Entf hebt die Zuweisung der gewählten Begleitperson nach einer Rückfrage auf.</translation>
    </message>
    <message>
        <source>Admin buddy to assign</source>
        <translation type="unfinished">Zuzuweisende Begleitperson</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished">&amp;Zuweisen</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation type="unfinished">Zuweisung &amp;aufheben</translation>
    </message>
    <message>
        <source>Admin buddies — {case}</source>
        <translation type="unfinished">Administrative Begleitpersonen — {case}</translation>
    </message>
    <message>
        <source>{name} (since {date})</source>
        <translation type="unfinished">{name} (seit {date})</translation>
    </message>
    <message>
        <source>No admin buddy accompanies this family.</source>
        <translation type="unfinished">Keine administrative Begleitperson begleitet diese Familie.</translation>
    </message>
    <message>
        <source>Unassign buddy</source>
        <translation type="unfinished">Begleitperson entfernen</translation>
    </message>
    <message>
        <source>Stop {name} accompanying this family? They will no longer see its file.</source>
        <translation type="unfinished">Soll {name} diese Familie nicht mehr begleiten? Die Person sieht ihre Akte dann nicht mehr.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished">Zuweisung aufheben</translation>
    </message>
</context>
<context>
    <name>BuddyFeatures</name>
    <message>
        <source>Updated by buddy ({name})</source>
        <translation type="unfinished">Von der Begleitperson aktualisiert ({name})</translation>
    </message>
    <message>
        <source>Updated by buddy</source>
        <translation type="unfinished">Von der Begleitperson aktualisiert</translation>
    </message>
    <message>
        <source>Steps marked, appointments added and notes left by admin buddies that the families&apos; social worker has not seen yet. Opens a list; choose one to open the family.</source>
        <translation type="unfinished">Von administrativen Begleitpersonen abgehakte Schritte, hinzugefügte Termine und hinterlassene Notizen, die der Sozialarbeiter der Familien noch nicht gesehen hat. Öffnet eine Liste; wählen Sie einen Eintrag, um die Familie zu öffnen.</translation>
    </message>
    <message>
        <source>Changes from buddies: {count}</source>
        <translation type="unfinished">Änderungen von Begleitpersonen: {count}</translation>
    </message>
    <message>
        <source>steps: {count}</source>
        <translation type="unfinished">Schritte: {count}</translation>
    </message>
    <message>
        <source>notes: {count}</source>
        <translation type="unfinished">Notizen: {count}</translation>
    </message>
    <message>
        <source>appointments: {count}</source>
        <translation type="unfinished">Termine: {count}</translation>
    </message>
    <message>
        <source>Updated by buddy since you last looked — {changes}. Steps are highlighted in the checklist, notes in the Notes tab.</source>
        <translation type="unfinished">Seit Ihrem letzten Blick von der Begleitperson aktualisiert — {changes}. Schritte sind in der Checkliste hervorgehoben, Notizen im Reiter Notizen.</translation>
    </message>
    <message>
        <source>No changes from buddies</source>
        <translation type="unfinished">Keine Änderungen von Begleitpersonen</translation>
    </message>
    <message>
        <source>“{step}”: {status}</source>
        <translation type="unfinished">„{step}“: {status}</translation>
    </message>
    <message>
        <source>Note: “{text}”</source>
        <translation type="unfinished">Notiz: „{text}“</translation>
    </message>
    <message>
        <source>Appointment: {title}</source>
        <translation type="unfinished">Termin: {title}</translation>
    </message>
    <message>
        <source>{family} — {what} ({buddy})</source>
        <translation type="unfinished">{family} — {what} ({buddy})</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished">E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Directory of services…</source>
        <translation type="unfinished">&amp;Verzeichnis der Dienste…</translation>
    </message>
</context>
<context>
    <name>BuddyWorkspace</name>
    <message>
        <source>No family is assigned to you yet.</source>
        <translation type="unfinished">Ihnen ist noch keine Familie zugewiesen.</translation>
    </message>
    <message>
        <source>to do: {count}</source>
        <translation type="unfinished">zu erledigen: {count}</translation>
    </message>
    <message>
        <source>late: {count}</source>
        <translation type="unfinished">überfällig: {count}</translation>
    </message>
    <message>
        <source>next by {date}</source>
        <translation type="unfinished">nächster Schritt bis {date}</translation>
    </message>
    <message>
        <source>No family selected</source>
        <translation type="unfinished">Keine Familie ausgewählt</translation>
    </message>
    <message>
        <source>Choose one of your families on the left.</source>
        <translation type="unfinished">Wählen Sie links eine Ihrer Familien.</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation type="unfinished">{count} Personen</translation>
    </message>
    <message>
        <source>speaks {languages}</source>
        <translation type="unfinished">spricht {languages}</translation>
    </message>
    <message>
        <source>moving to {municipality}</source>
        <translation type="unfinished">zieht nach {municipality}</translation>
    </message>
    <message>
        <source>left the centre on {date}</source>
        <translation type="unfinished">hat das Zentrum am {date} verlassen</translation>
    </message>
    <message>
        <source>leaves the centre by {date}</source>
        <translation type="unfinished">verlässt das Zentrum bis {date}</translation>
    </message>
    <message>
        <source>social worker: {name}</source>
        <translation type="unfinished">Sozialarbeiter: {name}</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation type="unfinished">{done} von {total} Schritten erledigt</translation>
    </message>
    <message>
        <source>{language} (the family&apos;s language)</source>
        <translation type="unfinished">{language} (die Sprache der Familie)</translation>
    </message>
    <message>
        <source>Nothing to do right now: the open steps wait for another step.</source>
        <translation type="unfinished">Im Moment nichts zu tun: Die offenen Schritte warten auf einen anderen Schritt.</translation>
    </message>
    <message>
        <source>All steps are done.</source>
        <translation type="unfinished">Alle Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished">Als Nächstes: {title}</translation>
    </message>
    <message>
        <source>late since {date}</source>
        <translation type="unfinished">überfällig seit {date}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation type="unfinished">bis {date}</translation>
    </message>
    <message>
        <source>first another step</source>
        <translation type="unfinished">zuerst ein anderer Schritt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}</source>
        <translation type="unfinished">&lt;b&gt;Status:&lt;/b&gt; {status}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Late:&lt;/b&gt; it was due on {date}</source>
        <translation type="unfinished">&lt;b&gt;Zu spät:&lt;/b&gt; Es war am {date} fällig</translation>
    </message>
    <message>
        <source>&lt;b&gt;By:&lt;/b&gt; {date}</source>
        <translation type="unfinished">&lt;b&gt;Bis:&lt;/b&gt; {date}</translation>
    </message>
    <message>
        <source>Only the social worker records that the family left the centre: tell them the day the family left and where they went.</source>
        <translation type="unfinished">Nur die Sozialarbeiterin oder der Sozialarbeiter erfasst, dass die Familie das Zentrum verlassen hat: Sagen Sie ihr oder ihm, an welchem Tag die Familie ausgezogen ist und wohin sie gegangen ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;First:&lt;/b&gt; {steps}</source>
        <translation type="unfinished">&lt;b&gt;Zuerst:&lt;/b&gt; {steps}</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">Mitzubringen</translation>
    </message>
    <message>
        <source>Nothing in particular.</source>
        <translation type="unfinished">Nichts Besonderes.</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation type="unfinished">Wohin gehen</translation>
    </message>
    <message>
        <source>Ask the social worker where to go for this step.</source>
        <translation type="unfinished">Fragen Sie den Sozialarbeiter, wohin Sie für diesen Schritt gehen müssen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note on this step:&lt;/b&gt; {note}</source>
        <translation type="unfinished">&lt;b&gt;Notiz zu diesem Schritt:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>&lt;b&gt;To check with the social worker:&lt;/b&gt; {note}</source>
        <translation type="unfinished">&lt;b&gt;Mit dem Sozialarbeiter zu klären:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Address not in the directory yet: ask the social worker.</source>
        <translation type="unfinished">Adresse noch nicht im Verzeichnis: Fragen Sie den Sozialarbeiter.</translation>
    </message>
    <message>
        <source>Opening hours: {hours}</source>
        <translation type="unfinished">Öffnungszeiten: {hours}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation type="unfinished">Telefon: {phone}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation type="unfinished">E-Mail: {email}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation type="unfinished">Sprachen: {languages}</translation>
    </message>
    <message>
        <source>Bring: {items}</source>
        <translation type="unfinished">Mitbringen: {items}</translation>
    </message>
    <message>
        <source>No appointment planned.</source>
        <translation type="unfinished">Kein Termin geplant.</translation>
    </message>
    <message>
        <source>Your last note for the social worker ({date}): “{text}”</source>
        <translation type="unfinished">Ihre letzte Notiz für den Sozialarbeiter ({date}): „{text}“</translation>
    </message>
    <message>
        <source>No longer &amp;waiting</source>
        <translation type="unfinished">Wartet &amp;nicht mehr</translation>
    </message>
    <message>
        <source>&amp;Waiting for someone</source>
        <translation type="unfinished">&amp;Wartet auf jemanden</translation>
    </message>
    <message>
        <source>Mark done: {step}</source>
        <translation type="unfinished">Erledigt: {step}</translation>
    </message>
    <message>
        <source>Waiting: {step}</source>
        <translation type="unfinished">Wartet: {step}</translation>
    </message>
    <message>
        <source>No longer waiting: {step}</source>
        <translation type="unfinished">Wartet nicht mehr: {step}</translation>
    </message>
    <message>
        <source>Note for the social worker</source>
        <translation type="unfinished">Notiz für den Sozialarbeiter</translation>
    </message>
    <message>
        <source>What should the social worker know? (They see it highlighted; do not write medical or other sensitive details here.)</source>
        <translation type="unfinished">Was soll der Sozialarbeiter wissen? (Er sieht es hervorgehoben; schreiben Sie hier keine medizinischen oder anderen sensiblen Angaben.)</translation>
    </message>
</context>
<context>
    <name>BuddyWorkspaceView</name>
    <message>
        <source>Your families and their next steps</source>
        <translation type="unfinished">Ihre Familien und ihre nächsten Schritte</translation>
    </message>
    <message>
        <source>&amp;Your families</source>
        <translation type="unfinished">&amp;Ihre Familien</translation>
    </message>
    <message>
        <source>Choose a family to see its next steps, what to bring and where to go.</source>
        <translation type="unfinished">Wählen Sie eine Familie, um ihre nächsten Schritte zu sehen, was mitzubringen ist und wohin sie gehen muss.</translation>
    </message>
    <message>
        <source>A social worker assigns families to you. You see only those families.</source>
        <translation type="unfinished">Ein Sozialarbeiter weist Ihnen Familien zu. Sie sehen nur diese Familien.</translation>
    </message>
    <message>
        <source>&amp;Explanations in:</source>
        <translation type="unfinished">&amp;Erklärungen auf:</translation>
    </message>
    <message>
        <source>Show &amp;later steps too</source>
        <translation type="unfinished">Auch &amp;spätere Schritte zeigen</translation>
    </message>
    <message>
        <source>Also the open steps that must wait for another step first, or are blocked.</source>
        <translation type="unfinished">Auch die offenen Schritte, die zuerst auf einen anderen Schritt warten müssen oder blockiert sind.</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation type="unfinished">&amp;Nächste Schritte</translation>
    </message>
    <message>
        <source>The family&apos;s next steps, the most urgent first. Choose one to read what to do, what to bring and where to go.</source>
        <translation type="unfinished">Die nächsten Schritte der Familie, die dringendsten zuerst. Wählen Sie einen, um zu lesen, was zu tun ist, was mitzubringen ist und wohin man gehen muss.</translation>
    </message>
    <message>
        <source>What to do, what to bring and where to go</source>
        <translation type="unfinished">Was zu tun ist, was mitzubringen ist und wohin man geht</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished">&amp;Als erledigt markieren</translation>
    </message>
    <message>
        <source>The selected step is done (today).</source>
        <translation type="unfinished">Der gewählte Schritt ist erledigt (heute).</translation>
    </message>
    <message>
        <source>&amp;Waiting for someone</source>
        <translation type="unfinished">&amp;Wartet auf jemanden</translation>
    </message>
    <message>
        <source>The family did its part and waits for an answer or a document from someone else.</source>
        <translation type="unfinished">Die Familie hat ihren Teil getan und wartet auf eine Antwort oder ein Dokument von jemand anderem.</translation>
    </message>
    <message>
        <source>Appo&amp;intments</source>
        <translation type="unfinished">Te&amp;rmine</translation>
    </message>
    <message>
        <source>The family&apos;s appointments from today on: when, where and what to bring.</source>
        <translation type="unfinished">Die Termine der Familie ab heute: wann, wo und was mitzubringen ist.</translation>
    </message>
    <message>
        <source>&amp;Add appointment…</source>
        <translation type="unfinished">Termin &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Note for the &amp;social worker…</source>
        <translation type="unfinished">Notiz &amp;für den Sozialarbeiter…</translation>
    </message>
    <message>
        <source>A short message for the family&apos;s social worker, who sees it highlighted.</source>
        <translation type="unfinished">Eine kurze Nachricht für den Sozialarbeiter der Familie, der sie hervorgehoben sieht.</translation>
    </message>
</context>
<context>
    <name>CentreEditDialog</name>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">Aufnahmezentrum</translation>
    </message>
    <message>
        <source>New reception centre</source>
        <translation type="unfinished">Neues Aufnahmezentrum</translation>
    </message>
    <message>
        <source>Reception centre {name}</source>
        <translation type="unfinished">Aufnahmezentrum {name}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation type="unfinished">Sie haben Änderungen, die nicht gespeichert sind. Schließen und sie verwerfen?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">Schließen ohne zu speichern</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <source>Na&amp;me of the centre</source>
        <translation type="unfinished">&amp;Name des Zentrums</translation>
    </message>
    <message>
        <source>e.g. Centre Croix-Rouge de Jodoigne</source>
        <translation type="unfinished">z. B. Aufnahmezentrum Rotes Kreuz Eupen</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation type="unfinished">&amp;Träger</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation type="unfinished">&amp;Straße und Hausnummer</translation>
    </message>
    <message>
        <source>e.g. Rue de la Station 12</source>
        <translation type="unfinished">z. B. Bahnhofstraße 12</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished">&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>e.g. 1370</source>
        <translation type="unfinished">z. B. 4700</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation type="unfinished">&amp;Gemeinde</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished">Tele&amp;fon</translation>
    </message>
    <message>
        <source>e.g. 010 81 23 45</source>
        <translation type="unfinished">z. B. 087 12 34 56</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">&amp;E-Mail</translation>
    </message>
    <message>
        <source>e.g. reception@centre.be</source>
        <translation type="unfinished">z. B. empfang@zentrum.be</translation>
    </message>
    <message>
        <source>Ente&amp;rprise number</source>
        <translation type="unfinished">&amp;Unternehmensnummer</translation>
    </message>
    <message>
        <source>optional, e.g. 0403.019.261</source>
        <translation type="unfinished">freiwillig, z. B. 0403.019.261</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation type="unfinished">&amp;Logo</translation>
    </message>
    <message>
        <source>No logo (optional)</source>
        <translation type="unfinished">Kein Logo (freiwillig)</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation type="unfinished">Bild auswählen…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 1 MB, printed at the top of letters and dossiers.</source>
        <translation type="unfinished">Ein PNG- oder JPEG-Bild von höchstens 1 MB, oben auf Briefen und Akten gedruckt.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished">Das Logo entfernen</translation>
    </message>
    <message>
        <source>Logo of the centre</source>
        <translation type="unfinished">Logo des Zentrums</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished">Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>not a Belgian postcode</source>
        <translation type="unfinished">keine belgische Postleitzahl</translation>
    </message>
    <message>
        <source>Choose the municipality…</source>
        <translation type="unfinished">Gemeinde auswählen…</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished">Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Preview of the logo</source>
        <translation type="unfinished">Vorschau des Logos</translation>
    </message>
    <message>
        <source>This file is not an image that can be shown.</source>
        <translation type="unfinished">Diese Datei ist kein Bild, das angezeigt werden kann.</translation>
    </message>
    <message>
        <source>Please correct these:</source>
        <translation type="unfinished">Bitte korrigieren Sie Folgendes:</translation>
    </message>
</context>
<context>
    <name>CentresDialog</name>
    <message>
        <source>Reception centres</source>
        <translation type="unfinished">Aufnahmezentren</translation>
    </message>
    <message>
        <source>Enter changes the selected centre.</source>
        <translation type="unfinished">Eingabe bearbeitet das ausgewählte Zentrum.</translation>
    </message>
    <message>
        <source>Show &amp;retired centres</source>
        <translation type="unfinished">Auch Zentren außer Betrieb an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished">&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation type="unfinished">Außer Betrieb &amp;nehmen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Schließen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished">Aufnahmebetreiber</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished">außer Betrieb</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished">aktiv</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished">&amp;Wieder in Betrieb nehmen</translation>
    </message>
    <message>
        <source>Retire a centre</source>
        <translation type="unfinished">Ein Zentrum außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>Retire {name}? No new family or account can be added to it. What it has stays as it is: {families} families and {staff} active accounts. You can reactivate it later.</source>
        <translation type="unfinished">{name} außer Betrieb nehmen? Es können keine neuen Familien oder Konten hinzugefügt werden. Was vorhanden ist, bleibt, wie es ist: Familien: {families}, aktive Konten: {staff}. Sie können es später wieder in Betrieb nehmen.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished">Außer Betrieb nehmen</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Added by hand</source>
        <extracomment>the rule&apos;s warning (source text, &quot;Deadlines&quot; context, ``{total}`` and ``{maximum}``), None within the maximum; recording it then needs a reason for going beyond it Buckets of days left before the exit, in display order: (key, lowest, highest) inclusive. The deadline functions in the order of ``compute_deadlines``, each with the fields of :class:`CaseDates` it reads (``today`` always). ``case_deadlines`` calls each one on a case reduced to those fields, so that families sharing them share the (cached) result; a unit test checks that the result equals ``compute_deadlines`` on many cases.</extracomment>
        <translation type="unfinished">Von Hand hinzugefügt</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Exit-support checklist</source>
        <translation type="unfinished">Checkliste für den Auszug</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Nächster Schritt</translation>
    </message>
    <message>
        <source>Checklist steps by track</source>
        <translation type="unfinished">Schritte der Checkliste nach Bereich</translation>
    </message>
    <message>
        <source>Space ticks the selected step as done; F2 changes its status.</source>
        <translation type="unfinished">Die Leertaste hakt den gewählten Schritt als erledigt ab; F2 ändert seinen Status.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Fällig</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished">Erledigt am</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished">Geändert von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation type="unfinished">Gewählter Schritt</translation>
    </message>
    <message>
        <source>The day the selected step was done: today or earlier. Enter saves it.</source>
        <translation type="unfinished">Der Tag, an dem der ausgewählte Schritt erledigt wurde: heute oder früher. Eingabe speichert ihn.</translation>
    </message>
    <message>
        <source>&amp;Mark done on this date</source>
        <translation type="unfinished">An diesem Datum er&amp;ledigt</translation>
    </message>
    <message>
        <source>Ne&amp;w due date…</source>
        <translation type="unfinished">Neues &amp;Fälligkeitsdatum…</translation>
    </message>
    <message>
        <source>History of the selected step</source>
        <translation type="unfinished">Verlauf des ausgewählten Schritts</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation type="unfinished">&amp;Status setzen</translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation type="unfinished">&amp;Notiz…</translation>
    </message>
    <message>
        <source>&amp;New step…</source>
        <translation type="unfinished">Neuer Sch&amp;ritt…</translation>
    </message>
    <message>
        <source>E&amp;xtension of stay…</source>
        <translation type="unfinished">&amp;Verlängerung des Aufenthalts…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">Rück&amp;gängig</translation>
    </message>
    <message>
        <source>Changes recorded as</source>
        <translation type="unfinished">Änderungen erfasst als</translation>
    </message>
    <message>
        <source>Signed-in person recording the changes</source>
        <translation type="unfinished">Angemeldete Person, die die Änderungen erfasst</translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished">Zu erledigen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">In Bearbeitung</translation>
    </message>
    <message>
        <source>Waiting for someone else</source>
        <translation type="unfinished">Wartet auf jemand anderen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Erledigt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">Nicht zutreffend</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished">Blockiert</translation>
    </message>
    <message>
        <source>not yet possible</source>
        <translation type="unfinished">noch nicht möglich</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation type="unfinished">Flandern</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation type="unfinished">Brüssel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation type="unfinished">Wallonie</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation type="unfinished">Deutschsprachige Gemeinschaft</translation>
    </message>
    <message>
        <source>not known yet (only the steps common to every region)</source>
        <translation type="unfinished">noch nicht bekannt (nur die Schritte, die für alle Regionen gelten)</translation>
    </message>
    <message>
        <source>No checklist yet: it starts when the protection decision is recorded.</source>
        <translation type="unfinished">Noch keine Checkliste: Sie beginnt, sobald die Schutzentscheidung erfasst ist.</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation type="unfinished">{done} von {total} erledigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;All steps are done.&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Alle Schritte sind erledigt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No step is possible right now&lt;/b&gt;: the open steps wait for someone else or are blocked.</source>
        <translation type="unfinished">&lt;b&gt;Im Moment ist kein Schritt möglich&lt;/b&gt;: Die offenen Schritte warten auf jemand anderen oder sind blockiert.</translation>
    </message>
    <message>
        <source> — overdue since {date}</source>
        <translation type="unfinished"> — überfällig seit {date}</translation>
    </message>
    <message>
        <source> — due {date}</source>
        <translation type="unfinished"> — fällig am {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; {title}{due}</source>
        <translation type="unfinished">&lt;b&gt;Nächster Schritt:&lt;/b&gt; {title}{due}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bring:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Mitbringen:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bring:&lt;/b&gt; nothing in particular.</source>
        <translation type="unfinished">&lt;b&gt;Mitbringen:&lt;/b&gt; nichts Besonderes.</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation type="unfinished">Datum nicht erfasst</translation>
    </message>
    <message>
        <source>Left the centre on {date} ({how})</source>
        <translation type="unfinished">Hat das Zentrum am {date} verlassen ({how})</translation>
    </message>
    <message>
        <source>Left the centre on {date}</source>
        <translation type="unfinished">Hat das Zentrum am {date} verlassen</translation>
    </message>
    <message>
        <source>Leave reception by {date} ({days} days late)</source>
        <translation type="unfinished">Aufnahme verlassen bis {date} ({days} Tage zu spät)</translation>
    </message>
    <message>
        <source>Leave reception by {date} ({days} days left)</source>
        <translation type="unfinished">Aufnahme verlassen bis {date} (noch {days} Tage)</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation type="unfinished">{done} von {total} Schritten erledigt</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation type="unfinished">Region: {region}</translation>
    </message>
    <message>
        <source>Extension: +{months} months on {date} ({reason})</source>
        <translation type="unfinished">Verlängerung: +{months} Monate am {date} ({reason})</translation>
    </message>
    <message>
        <source>no longer needed: the family left</source>
        <translation type="unfinished">nicht mehr nötig: die Familie ist ausgezogen</translation>
    </message>
    <message>
        <source>(new date)</source>
        <translation type="unfinished">(neues Datum)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished">(überfällig)</translation>
    </message>
    <message>
        <source>First: {steps}</source>
        <translation type="unfinished">Zuerst: {steps}</translation>
    </message>
    <message>
        <source>Due date set by hand: {reason}</source>
        <translation type="unfinished">Fälligkeitsdatum von Hand gesetzt: {reason}</translation>
    </message>
    <message>
        <source>Bring: {documents}</source>
        <translation type="unfinished">Mitbringen: {documents}</translation>
    </message>
    <message>
        <source>No longer needed: the family left the centre.</source>
        <translation type="unfinished">Nicht mehr nötig: Die Familie hat das Zentrum verlassen.</translation>
    </message>
    <message>
        <source>Not yet possible: first {steps}.</source>
        <translation type="unfinished">Noch nicht möglich: zuerst {steps}.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished">kein Datum</translation>
    </message>
    <message>
        <source>Due date set by hand: {date} (by the rules: {computed}). Reason: {reason}</source>
        <translation type="unfinished">Fälligkeitsdatum von Hand gesetzt: {date} (nach den Regeln: {computed}). Grund: {reason}</translation>
    </message>
    <message>
        <source>Blocked: {reason}</source>
        <translation type="unfinished">Blockiert: {reason}</translation>
    </message>
    <message>
        <source>Kept from the plan for the previous municipality.</source>
        <translation type="unfinished">Aus dem Plan für die vorherige Gemeinde übernommen.</translation>
    </message>
    <message>
        <source>To check: {note}</source>
        <translation type="unfinished">Zu prüfen: {note}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier changes</source>
        <translation type="unfinished">
            <numerusform>… und %n frühere Änderung</numerusform>
            <numerusform>… und %n frühere Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;History:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Verlauf:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Change the done date</source>
        <translation type="unfinished">Erledigungsdatum &amp;ändern</translation>
    </message>
    <message>
        <source>Blocked step</source>
        <translation type="unfinished">Blockierter Schritt</translation>
    </message>
    <message>
        <source>Why is “{step}” blocked?</source>
        <translation type="unfinished">Warum ist „{step}“ blockiert?</translation>
    </message>
    <message>
        <source>Mark done: {step}</source>
        <translation type="unfinished">Erledigt: {step}</translation>
    </message>
    <message>
        <source>Mark not done: {step}</source>
        <translation type="unfinished">Nicht erledigt: {step}</translation>
    </message>
    <message>
        <source>{status}: {step}</source>
        <translation type="unfinished">{status}: {step}</translation>
    </message>
    <message>
        <source>The family did not leave?</source>
        <translation type="unfinished">Die Familie ist nicht ausgezogen?</translation>
    </message>
    <message>
        <source>Undo leaving the centre? The case goes back to “in transition”, and its exit date ({date}) and how the family left are cleared.</source>
        <translation type="unfinished">Den Auszug aus dem Zentrum rückgängig machen? Der Fall kehrt zu „Im Übergang“ zurück, und das Auszugsdatum ({date}) sowie die Art des Auszugs werden gelöscht.</translation>
    </message>
    <message>
        <source>Back in transition</source>
        <translation type="unfinished">Zurück in den Übergang</translation>
    </message>
    <message>
        <source>Mark the step not done</source>
        <translation type="unfinished">Den Schritt als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>“{step}” was done on {date}. Mark it not done and forget that date?</source>
        <translation type="unfinished">„{step}“ wurde am {date} erledigt. Als nicht erledigt markieren und dieses Datum vergessen?</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation type="unfinished">Nicht erledigt</translation>
    </message>
    <message>
        <source>Done on…</source>
        <translation type="unfinished">Erledigt am…</translation>
    </message>
    <message>
        <source>New due date…</source>
        <translation type="unfinished">Neues Fälligkeitsdatum…</translation>
    </message>
    <message>
        <source>Back to the computed due date</source>
        <translation type="unfinished">Zurück zum berechneten Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Remove this step…</source>
        <translation type="unfinished">Diesen Schritt entfernen…</translation>
    </message>
    <message>
        <source>Done date: {step}</source>
        <translation type="unfinished">Erledigungsdatum: {step}</translation>
    </message>
    <message>
        <source>The family left the centre</source>
        <translation type="unfinished">Die Familie hat das Zentrum verlassen</translation>
    </message>
    <message>
        <source>New due date: {step}</source>
        <translation type="unfinished">Neues Fälligkeitsdatum: {step}</translation>
    </message>
    <message>
        <source>Back to the computed due date: {step}</source>
        <translation type="unfinished">Zurück zum berechneten Fälligkeitsdatum: {step}</translation>
    </message>
    <message>
        <source>Forget the due date set by hand for “{step}” ({date}) and its reason?</source>
        <translation type="unfinished">Das von Hand gesetzte Fälligkeitsdatum von „{step}“ ({date}) und seinen Grund vergessen?</translation>
    </message>
    <message>
        <source>Use the computed date</source>
        <translation type="unfinished">Das berechnete Datum verwenden</translation>
    </message>
    <message>
        <source>Remove a step</source>
        <translation type="unfinished">Einen Schritt entfernen</translation>
    </message>
    <message>
        <source>Remove the step “{step}” from this family&apos;s checklist?</source>
        <translation type="unfinished">Den Schritt „{step}“ aus der Checkliste dieser Familie entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
    <message>
        <source>Remove step: {step}</source>
        <translation type="unfinished">Schritt entfernen: {step}</translation>
    </message>
    <message>
        <source>Note on “{step}”:</source>
        <translation type="unfinished">Notiz zu „{step}“:</translation>
    </message>
    <message>
        <source>Note: {step}</source>
        <translation type="unfinished">Notiz: {step}</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation type="unfinished">Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <source>What needs to be done (for this family only)?</source>
        <translation type="unfinished">Was muss getan werden (nur für diese Familie)?</translation>
    </message>
    <message>
        <source>New step: {step}</source>
        <translation type="unfinished">Neuer Schritt: {step}</translation>
    </message>
    <message>
        <source>Extension of the stay</source>
        <translation type="unfinished">Verlängerung des Aufenthalts</translation>
    </message>
    <message>
        <source>the system</source>
        <translation type="unfinished">das System</translation>
    </message>
    <message>
        <source>postponed from {old} to {new}: {reason}</source>
        <translation type="unfinished">verschoben vom {old} auf den {new}: {reason}</translation>
    </message>
    <message>
        <source>back to the computed due date ({date})</source>
        <translation type="unfinished">zurück zum berechneten Fälligkeitsdatum ({date})</translation>
    </message>
    <message>
        <source>the family left the centre on {date} ({how})</source>
        <translation type="unfinished">die Familie hat das Zentrum am {date} verlassen ({how})</translation>
    </message>
    <message>
        <source>done date changed from {old} to {new}</source>
        <translation type="unfinished">Erledigungsdatum geändert vom {old} auf den {new}</translation>
    </message>
    <message>
        <source>undid a change</source>
        <translation type="unfinished">hat eine Änderung rückgängig gemacht</translation>
    </message>
    <message>
        <source>step added</source>
        <translation type="unfinished">Schritt hinzugefügt</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation type="unfinished">Notiz geändert</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation type="unfinished">Status: {status}</translation>
    </message>
    <message>
        <source>{date}, {who}: {what}</source>
        <translation type="unfinished">{date}, {who}: {what}</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation type="unfinished">(rückgängig gemacht)</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Handover dossier</source>
        <translation type="unfinished">Übergabedossier</translation>
    </message>
    <message>
        <source>Referral to a service</source>
        <translation type="unfinished">Vermittlung an einen Dienst</translation>
    </message>
    <message>
        <source>Letters to an authority</source>
        <translation type="unfinished">Schreiben an eine Behörde</translation>
    </message>
    <message>
        <source>Sharing contact details</source>
        <translation type="unfinished">Kontaktdaten weitergeben</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Consents</source>
        <translation type="unfinished">Einwilligungen</translation>
    </message>
    <message>
        <source>What the family agreed may be shared, with whom, and when the consent was given or withdrawn.</source>
        <translation type="unfinished">Was die Familie weitergeben lässt, an wen, und wann die Einwilligung erteilt oder widerrufen wurde.</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation type="unfinished">Erfasste Einwilligungen</translation>
    </message>
    <message>
        <source>Delete records the selected consent as withdrawn today, after asking.</source>
        <translation type="unfinished">Entf erfasst die gewählte Einwilligung nach einer Rückfrage als heute widerrufen.</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation type="unfinished">Neue Einwilligung</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished">&amp;Zweck</translation>
    </message>
    <message>
        <source>What the consent is for</source>
        <translation type="unfinished">Wofür die Einwilligung gilt</translation>
    </message>
    <message>
        <source>&amp;What is shared</source>
        <translation type="unfinished">&amp;Was weitergegeben wird</translation>
    </message>
    <message>
        <source>e.g. handover dossier, school enrolment</source>
        <translation type="unfinished">z. B. Übergabedossier, Schulanmeldung</translation>
    </message>
    <message>
        <source>Reci&amp;pient in the directory</source>
        <translation type="unfinished">Em&amp;pfänger im Verzeichnis</translation>
    </message>
    <message>
        <source>Recipient in the directory</source>
        <translation type="unfinished">Empfänger im Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Shared with</source>
        <translation type="unfinished">Weitergegeben &amp;an</translation>
    </message>
    <message>
        <source>e.g. CPAS de Liège</source>
        <translation type="unfinished">z. B. ÖSHZ Eupen</translation>
    </message>
    <message>
        <source>Confidential &amp;notes may be shared too</source>
        <translation type="unfinished">Vertrauliche &amp;Notizen dürfen auch weitergegeben werden</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation type="unfinished">&amp;Erteilt von</translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation type="unfinished">Erteilt a&amp;m</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">Einwilligung e&amp;rfassen</translation>
    </message>
    <message>
        <source>Withdrawn &amp;today</source>
        <translation type="unfinished">&amp;Heute widerrufen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Schließen</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">Zweck</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation type="unfinished">Was weitergegeben wird</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished">Weitergegeben an</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished">Erteilt von</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished">Erteilt am</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished">Widerrufen am</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished">Erfasst von</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation type="unfinished">Vertrauliche Notizen</translation>
    </message>
    <message>
        <source>Consents — {case}</source>
        <extracomment>the directory kinds a consent may name (CPAS, municipality, integration agency, the centre&apos;s own entries)</extracomment>
        <translation type="unfinished">Einwilligungen — {case}</translation>
    </message>
    <message>
        <source>Other (say what below)</source>
        <translation type="unfinished">Anderes (unten angeben)</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation type="unfinished">Die ganze Familie</translation>
    </message>
    <message>
        <source>A consent cannot be given in the future.</source>
        <translation type="unfinished">Eine Einwilligung kann nicht in der Zukunft erteilt werden.</translation>
    </message>
    <message>
        <source>Not in the directory (type the name below)</source>
        <translation type="unfinished">Nicht im Verzeichnis (Namen unten eingeben)</translation>
    </message>
    <message>
        <source>the whole family</source>
        <translation type="unfinished">die ganze Familie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ja</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished">Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Record that the consent to share “{what}” with {whom} was withdrawn today?</source>
        <translation type="unfinished">Erfassen, dass die Einwilligung, „{what}“ an {whom} weiterzugeben, heute widerrufen wurde?</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Widerrufen</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished">Übersicht</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation type="unfinished">&amp;Sozialarbeiter</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation type="unfinished">&amp;Bereich</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> Tagen</translation>
    </message>
    <message>
        <source>Due w&amp;ithin</source>
        <translation type="unfinished">Fällig inn&amp;erhalb von</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished">A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished">E&amp;xportieren…</translation>
    </message>
    <message>
        <source>The dashboard&apos;s counts and tables, every row, as an Excel or CSV file</source>
        <translation type="unfinished">Die Zahlen und Tabellen der Übersicht, alle Zeilen, als Excel- oder CSV-Datei</translation>
    </message>
    <message>
        <source>Families by days left before leaving reception</source>
        <translation type="unfinished">Familien nach verbleibenden Tagen bis zum Verlassen der Aufnahme</translation>
    </message>
    <message>
        <source>&amp;Families by days left</source>
        <translation type="unfinished">&amp;Familien nach verbleibenden Tagen</translation>
    </message>
    <message>
        <source>Enter or a double click opens the family&apos;s checklist in the main window.</source>
        <translation type="unfinished">Die Eingabetaste oder ein Doppelklick öffnet die Checkliste der Familie im Hauptfenster.</translation>
    </message>
    <message>
        <source>&amp;Overdue steps</source>
        <translation type="unfinished">Ü&amp;berfällige Schritte</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation type="unfinished">Überfällige Schritte</translation>
    </message>
    <message>
        <source>Family &amp;reunification windows</source>
        <translation type="unfinished">Fristen der Familienzusammen&amp;führung</translation>
    </message>
    <message>
        <source>Family reunification windows closing soon</source>
        <translation type="unfinished">Bald ablaufende Fristen der Familienzusammenführung</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open the family.</source>
        <translation type="unfinished">Doppelklicken Sie auf eine Zeile (oder drücken Sie die Eingabetaste), um die Familie zu öffnen.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished">überfällig</translation>
    </message>
    <message>
        <source>0–7 days</source>
        <translation type="unfinished">0–7 Tage</translation>
    </message>
    <message>
        <source>8–14 days</source>
        <translation type="unfinished">8–14 Tage</translation>
    </message>
    <message>
        <source>15–30 days</source>
        <translation type="unfinished">15–30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished">31–60 Tage</translation>
    </message>
    <message>
        <source>more than 60 days</source>
        <translation type="unfinished">mehr als 60 Tage</translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished">kein Datum</translation>
    </message>
    <message>
        <source>Whole centre (all workers)</source>
        <translation type="unfinished">Ganzes Zentrum (alle Sozialarbeiter)</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished">Alle Bereiche</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Wird geladen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; families still in reception</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; Familien noch in der Aufnahme</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; overdue steps</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; überfällige Schritte</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; steps due within {days} days</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; Schritte fällig innerhalb von {days} Tagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; family reunification windows closing within {days} days</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; Fristen der Familienzusammenführung enden innerhalb von {days} Tagen</translation>
    </message>
    <message>
        <source>Days left before leaving reception — {buckets}</source>
        <translation type="unfinished">Verbleibende Tage bis zum Verlassen der Aufnahme — {buckets}</translation>
    </message>
    <message>
        <source>Each table shows the first {n} rows.</source>
        <translation type="unfinished">Jede Tabelle zeigt die ersten {n} Zeilen.</translation>
    </message>
    <message>
        <source>&amp;Families by days left ({n})</source>
        <translation type="unfinished">&amp;Familien nach verbleibenden Tagen ({n})</translation>
    </message>
    <message>
        <source>&amp;Overdue steps ({n})</source>
        <translation type="unfinished">&amp;Überfällige Schritte ({n})</translation>
    </message>
    <message>
        <source>Family &amp;reunification windows ({n})</source>
        <translation type="unfinished">Fristen &amp;der Familienzusammenführung ({n})</translation>
    </message>
    <message>
        <source>Leave by</source>
        <translation type="unfinished">Auszug bis</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished">Verbleibende Tage</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">Akte</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Familie</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished">Sozialarbeiter</translation>
    </message>
    <message>
        <source>Open steps</source>
        <translation type="unfinished">Offene Schritte</translation>
    </message>
    <message>
        <source>{n} late</source>
        <translation type="unfinished">{n} zu spät</translation>
    </message>
    <message numerus="yes">
        <source>%n steps overdue</source>
        <translation type="unfinished">
            <numerusform>%n Schritt überfällig</numerusform>
            <numerusform>%n Schritte überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Was due</source>
        <translation type="unfinished">War fällig am</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished">Tage Verzug</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation type="unfinished">
            <numerusform>%n Tag zu spät</numerusform>
            <numerusform>%n Tage zu spät</numerusform>
        </translation>
    </message>
    <message>
        <source>Favourable window ends</source>
        <translation type="unfinished">Günstige Frist endet</translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished">Antrag</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This database is protected by a passphrase. Enter the passphrase to open it.</source>
        <translation type="unfinished">Diese Datenbank ist durch eine Passphrase geschützt. Geben Sie die Passphrase ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase and no keyring is available: set TRANSITION_APP_PASSPHRASE to the passphrase.</source>
        <translation type="unfinished">Diese Datenbank ist durch eine Passphrase geschützt und kein Schlüsselbund ist verfügbar: Setzen Sie TRANSITION_APP_PASSPHRASE auf die Passphrase.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the database key: choose a passphrase to protect the new database.</source>
        <translation type="unfinished">Kein Schlüsselbund des Systems ist verfügbar, um den Datenbankschlüssel aufzubewahren: Wählen Sie eine Passphrase, um die neue Datenbank zu schützen.</translation>
    </message>
    <message>
        <source>The key of this database is not in this computer&apos;s keyring ({reason}). Enter the recovery key to open the database; the key will be stored in the keyring again.</source>
        <translation type="unfinished">Der Schlüssel dieser Datenbank ist nicht im Schlüsselbund dieses Computers ({reason}). Geben Sie den Wiederherstellungsschlüssel ein, um die Datenbank zu öffnen; der Schlüssel wird dann wieder im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. The database has not been changed.</source>
        <translation type="unfinished">Die Passphrase ist nicht korrekt. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database (it may belong to another one). The database has not been changed.</source>
        <translation type="unfinished">Dieser Wiederherstellungsschlüssel öffnet diese Datenbank nicht (er gehört vielleicht zu einer anderen). Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The key does not open this database file. The file has not been changed.</source>
        <translation type="unfinished">Der Schlüssel öffnet diese Datenbankdatei nicht. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This is not a valid recovery key; check it for typing mistakes. A recovery key has 14 groups of 4 letters and digits.</source>
        <translation type="unfinished">Dies ist kein gültiger Wiederherstellungsschlüssel; prüfen Sie ihn auf Tippfehler. Ein Wiederherstellungsschlüssel besteht aus 14 Gruppen zu je 4 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>This database is not encrypted. The file has not been changed.</source>
        <translation type="unfinished">Diese Datenbank ist nicht verschlüsselt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This file is not an encrypted Transition Assistant database, or it does not belong with its key information. The file has not been changed.</source>
        <translation type="unfinished">Diese Datei ist keine verschlüsselte Datenbank von Transition Assistant, oder sie gehört nicht zu ihren Schlüsselinformationen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The key information file next to the database cannot be read ({reason}). The database has not been changed; the recovery key can still open it.</source>
        <translation type="unfinished">Die Datei mit den Schlüsselinformationen neben der Datenbank kann nicht gelesen werden ({reason}). Die Datenbank wurde nicht verändert; der Wiederherstellungsschlüssel kann sie weiterhin öffnen.</translation>
    </message>
    <message>
        <source>This database already has a key. Nothing has been changed.</source>
        <translation type="unfinished">Diese Datenbank hat bereits einen Schlüssel. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation type="unfinished">Die Passphrase muss mindestens {minimum} Zeichen haben.</translation>
    </message>
    <message>
        <source>The key could not be stored in the keyring ({reason}). Choose a passphrase instead.</source>
        <translation type="unfinished">Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden ({reason}). Wählen Sie stattdessen eine Passphrase.</translation>
    </message>
    <message>
        <source>no key information</source>
        <translation type="unfinished">keine Schlüsselinformation</translation>
    </message>
    <message>
        <source>no system keyring</source>
        <translation type="unfinished">kein Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished">nicht gefunden</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation type="unfinished">nicht behalten</translation>
    </message>
    <message>
        <source>the keyring entry does not match</source>
        <translation type="unfinished">der Eintrag im Schlüsselbund passt nicht</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished">beschädigt</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished">unbekanntes Format</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the key of the new database: set TRANSITION_APP_PASSPHRASE to a passphrase (at least {minimum} characters) to protect it, or run the command in a terminal to type one.</source>
        <translation type="unfinished">Kein Schlüsselbund des Systems verfügbar, um den Schlüssel der neuen Datenbank aufzubewahren: Setzen Sie TRANSITION_APP_PASSPHRASE auf eine Passphrase (mindestens {minimum} Zeichen), um sie zu schützen, oder starten Sie den Befehl in einem Terminal, um eine einzugeben.</translation>
    </message>
    <message>
        <source>The key of this database is not in this computer&apos;s keyring: set TRANSITION_APP_RECOVERY_KEY to its recovery key (and TRANSITION_APP_PASSPHRASE if there is no keyring).</source>
        <translation type="unfinished">Der Schlüssel dieser Datenbank ist nicht im Schlüsselbund dieses Computers: Setzen Sie TRANSITION_APP_RECOVERY_KEY auf ihren Wiederherstellungsschlüssel (und TRANSITION_APP_PASSPHRASE, wenn es keinen Schlüsselbund gibt).</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Transition Assistant (schema {revision}). Install the newer version to open it; the file has not been changed.</source>
        <extracomment>The newest revision in ``migrations/versions`` (a test checks it matches Alembic&apos;s head).</extracomment>
        <translation type="unfinished">Diese Datenbank wurde von einer neueren Version von Transition Assistant geschrieben (Schema {revision}). Installieren Sie die neuere Version, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This file is not a Transition Assistant database; it has not been changed.</source>
        <translation type="unfinished">Diese Datei ist keine Datenbank von Transition Assistant; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Backups are made of the encrypted embedded database only; a server database is backed up with the server&apos;s own tools.</source>
        <translation type="unfinished">Sicherungen werden nur von der verschlüsselten eingebetteten Datenbank erstellt; eine Serverdatenbank wird mit den Werkzeugen des Servers gesichert.</translation>
    </message>
    <message>
        <source>Choose another file for the backup: this one belongs to the database itself.</source>
        <translation type="unfinished">Wählen Sie eine andere Datei für die Sicherung: Diese gehört zur Datenbank selbst.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished">Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>The backup could not be written ({reason}). No backup file was kept.</source>
        <translation type="unfinished">Die Sicherung konnte nicht geschrieben werden ({reason}). Es wurde keine Sicherungsdatei behalten.</translation>
    </message>
    <message>
        <source>The backup just written did not pass its check ({reason}); it was deleted. Try again, or write it to another disk.</source>
        <translation type="unfinished">Die soeben geschriebene Sicherung hat ihre Prüfung nicht bestanden ({reason}); sie wurde gelöscht. Versuchen Sie es erneut oder schreiben Sie sie auf einen anderen Datenträger.</translation>
    </message>
    <message>
        <source>The backup file {file} does not exist. Nothing has been changed.</source>
        <translation type="unfinished">Die Sicherungsdatei {file} existiert nicht. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete ({reason}). Nothing has been changed.</source>
        <translation type="unfinished">Diese Sicherungsdatei ist beschädigt oder unvollständig ({reason}). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>This file is not a Transition Assistant backup. Nothing has been changed.</source>
        <translation type="unfinished">Diese Datei ist keine Sicherung von Transition Assistant. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>This file is an unencrypted database, not an encrypted backup. Nothing has been changed.</source>
        <translation type="unfinished">Diese Datei ist eine unverschlüsselte Datenbank, keine verschlüsselte Sicherung. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>This backup does not open with the key of this database: it was made from another database (give its recovery key to restore it) or it is damaged. Nothing has been changed.</source>
        <translation type="unfinished">Diese Sicherung lässt sich nicht mit dem Schlüssel dieser Datenbank öffnen: Sie stammt von einer anderen Datenbank (geben Sie deren Wiederherstellungsschlüssel an, um sie wiederherzustellen) oder sie ist beschädigt. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>This recovery key does not open this backup (it may belong to another database), or the backup is damaged. Nothing has been changed.</source>
        <translation type="unfinished">Dieser Wiederherstellungsschlüssel öffnet diese Sicherung nicht (er gehört vielleicht zu einer anderen Datenbank), oder die Sicherung ist beschädigt. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>There is no database here yet: the recovery key of the backed-up database is needed to restore it on this computer. Nothing has been changed.</source>
        <translation type="unfinished">Hier gibt es noch keine Datenbank: Um sie auf diesem Computer wiederherzustellen, wird der Wiederherstellungsschlüssel der gesicherten Datenbank benötigt. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Transition Assistant (schema {revision}). Install the newer version to restore it; nothing has been changed.</source>
        <translation type="unfinished">Diese Sicherung wurde von einer neueren Version von Transition Assistant erstellt (Schema {revision}). Installieren Sie die neuere Version, um sie wiederherzustellen; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database is open in another window or program: close Transition Assistant everywhere else, then restore again. Nothing has been changed.</source>
        <translation type="unfinished">Die Datenbank ist in einem anderen Fenster oder Programm geöffnet: Schließen Sie Transition Assistant überall sonst und stellen Sie dann erneut wieder her. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished">die Datei ist leer</translation>
    </message>
    <message>
        <source>it does not hold the rows its list of contents names</source>
        <translation type="unfinished">sie enthält nicht die Zeilen, die ihr Inhaltsverzeichnis nennt</translation>
    </message>
    <message>
        <source>its rows differ from those of the database</source>
        <translation type="unfinished">ihre Zeilen weichen von denen der Datenbank ab</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd</source>
        <comment>hint of a date field: the day</comment>
        <translation type="unfinished">TT</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>hint of a date field: the month</comment>
        <translation type="unfinished">MM</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>hint of a date field: the year</comment>
        <translation type="unfinished">JJJJ</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished">Kalender</translation>
    </message>
    <message>
        <source>Arrow keys move between days, Page Up and Page Down between months; Enter chooses the day, Escape closes the calendar.</source>
        <translation type="unfinished">Die Pfeiltasten wechseln den Tag, Bild auf und Bild ab den Monat; Eingabe wählt den Tag, Escape schließt den Kalender.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished">&amp;Heute</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished">&amp;Leeren</translation>
    </message>
    <message>
        <source>Leave the date empty (Ctrl+Delete in the field)</source>
        <translation type="unfinished">Das Datum leer lassen (Strg+Entf im Feld)</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation type="unfinished">Kalender (Alt+Nach unten)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation type="unfinished">Den Kalender öffnen</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation type="unfinished">Hier wird ein Datum benötigt.</translation>
    </message>
    <message>
        <source>The date cannot be before {date}.</source>
        <translation type="unfinished">Das Datum kann nicht vor dem {date} liegen.</translation>
    </message>
    <message>
        <source>The date cannot be after {date}.</source>
        <translation type="unfinished">Das Datum kann nicht nach dem {date} liegen.</translation>
    </message>
    <message>
        <source>{hint} (required)</source>
        <translation type="unfinished">{hint} (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Date, typed as {hint}; Alt+Down opens a calendar.</source>
        <translation type="unfinished">Datum, einzugeben als {hint}; Alt+Nach unten öffnet einen Kalender.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished">Pflichtfeld.</translation>
    </message>
    <message>
        <source>Optional: Ctrl+Delete empties it.</source>
        <translation type="unfinished">Freiwillig: Strg+Entf leert es.</translation>
    </message>
    <message>
        <source>Type the year with four digits, e.g. {example}.</source>
        <translation type="unfinished">Geben Sie das Jahr mit vier Ziffern ein, z. B. {example}.</translation>
    </message>
    <message>
        <source>The year is missing: type the date as {hint}.</source>
        <translation type="unfinished">Das Jahr fehlt: Geben Sie das Datum als {hint} ein.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: there is no month {month}.</source>
        <translation type="unfinished">„{text}“ ist kein Datum: Es gibt keinen Monat {month}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: {month} {year} has {days} days.</source>
        <translation type="unfinished">„{text}“ ist kein Datum: {month} {year} hat {days} Tage.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as {hint}, e.g. {example}.</source>
        <translation type="unfinished">„{text}“ ist kein Datum. Geben Sie es als {hint} ein, z. B. {example}.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>The extensions add up to {total} months, more than the configured maximum of {maximum} months.</source>
        <extracomment>The warning of ``reception_exit`` when the extensions go beyond the rule&apos;s maximum (marked for translation: the interface shows it, translated, before such an extension is saved).</extracomment>
        <translation type="unfinished">Die Verlängerungen ergeben zusammen {total} Monate, mehr als das eingestellte Maximum von {maximum} Monaten.</translation>
    </message>
    <message>
        <source>Leave the reception centre</source>
        <translation type="unfinished">Das Aufnahmezentrum verlassen</translation>
    </message>
    <message>
        <source>Transition interview</source>
        <translation type="unfinished">Übergangsgespräch</translation>
    </message>
    <message>
        <source>Resident chooses how to leave</source>
        <translation type="unfinished">Bewohner wählt die Art des Auszugs</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation type="unfinished">Familienzusammenführung</translation>
    </message>
    <message>
        <source>Ask the CPAS/OCMW for the rental guarantee</source>
        <translation type="unfinished">Beim ÖSHZ die Mietkaution beantragen</translation>
    </message>
    <message>
        <source>CPAS/OCMW decision on integration income</source>
        <translation type="unfinished">Entscheidung des ÖSHZ über das Eingliederungseinkommen</translation>
    </message>
    <message>
        <source>Declare the new address</source>
        <translation type="unfinished">Die neue Adresse melden</translation>
    </message>
    <message>
        <source>Renew the A card</source>
        <translation type="unfinished">Die A-Karte verlängern</translation>
    </message>
    <message>
        <source>Unlimited stay (B card) possible</source>
        <translation type="unfinished">Unbefristeter Aufenthalt (B-Karte) möglich</translation>
    </message>
    <message>
        <source>Integration path</source>
        <translation type="unfinished">Integrationsparcours</translation>
    </message>
    <message>
        <source>Register for the integration path</source>
        <translation type="unfinished">Für den Integrationsparcours anmelden</translation>
    </message>
    <message>
        <source>Finish the integration path</source>
        <translation type="unfinished">Den Integrationsparcours abschließen</translation>
    </message>
</context>
<context>
    <name>DirectoryEditorDialog</name>
    <message>
        <source>Directory of services</source>
        <translation type="unfinished">Verzeichnis der Dienste</translation>
    </message>
    <message>
        <source>Municipalities, their CPAS/OCMW and the integration agencies come with the application: add their address and opening hours here. Add the NGOs and offices your centre works with. What is entered here is used instead of what comes with the application.</source>
        <translation type="unfinished">Gemeinden, ihr ÖSHZ und die Integrationsstellen werden mit dem Programm geliefert: Ergänzen Sie hier ihre Adresse und Öffnungszeiten. Fügen Sie die NRO und Stellen hinzu, mit denen Ihr Zentrum zusammenarbeitet. Was hier eingegeben wird, wird anstelle der mitgelieferten Angaben verwendet.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished">&amp;Suchen:</translation>
    </message>
    <message>
        <source>name, address, postcode or municipality</source>
        <translation type="unfinished">Name, Adresse, Postleitzahl oder Gemeinde</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished">An&amp;zeigen:</translation>
    </message>
    <message>
        <source>&amp;Only entries added or edited here</source>
        <translation type="unfinished">&amp;Nur hier hinzugefügte oder geänderte Einträge</translation>
    </message>
    <message>
        <source>Directory entries</source>
        <translation type="unfinished">Einträge des Verzeichnisses</translation>
    </message>
    <message>
        <source>Choose an entry to see or change it below; Delete removes an entry added here, after asking.</source>
        <translation type="unfinished">Wählen Sie einen Eintrag, um ihn unten zu sehen oder zu ändern; Entf entfernt einen hier hinzugefügten Eintrag nach einer Rückfrage.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished">Eintrag</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished">&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Place for</source>
        <translation type="unfinished">&amp;Ort für</translation>
    </message>
    <message>
        <source>The checklist steps that send the family to this kind of place show this entry under &quot;Where to go&quot;.</source>
        <translation type="unfinished">Die Schritte der Checkliste, die die Familie zu dieser Art von Stelle schicken, zeigen diesen Eintrag unter „Wohin gehen“.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished">A&amp;dresse</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation type="unfinished">Straße und Hausnummer</translation>
    </message>
    <message>
        <source>checked on</source>
        <translation type="unfinished">geprüft am</translation>
    </message>
    <message>
        <source>Date the address was checked</source>
        <translation type="unfinished">Datum, an dem die Adresse geprüft wurde</translation>
    </message>
    <message>
        <source>The day this was last checked (by phone, on the website, by letter). Changing the value sets it to today.</source>
        <translation type="unfinished">Der Tag der letzten Prüfung (telefonisch, auf der Website, per Brief). Wenn Sie den Wert ändern, wird das heutige Datum gesetzt.</translation>
    </message>
    <message>
        <source>Postco&amp;de</source>
        <translation type="unfinished">Post&amp;leitzahl</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished">Gemeinde</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished">Tele&amp;fon</translation>
    </message>
    <message>
        <source>Date the phone number was checked</source>
        <translation type="unfinished">Datum, an dem die Telefonnummer geprüft wurde</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">&amp;E-Mail</translation>
    </message>
    <message>
        <source>Date the e-mail address was checked</source>
        <translation type="unfinished">Datum, an dem die E-Mail-Adresse geprüft wurde</translation>
    </message>
    <message>
        <source>We&amp;bsite</source>
        <translation type="unfinished">&amp;Webseite</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished">https://…</translation>
    </message>
    <message>
        <source>Opening ho&amp;urs</source>
        <translation type="unfinished">&amp;Öffnungszeiten</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday 8:30–12:00, by appointment in the afternoon</source>
        <translation type="unfinished">z. B. Montag bis Freitag 8:30–12:00 Uhr, nachmittags nach Vereinbarung</translation>
    </message>
    <message>
        <source>Date the opening hours were checked</source>
        <translation type="unfinished">Datum, an dem die Öffnungszeiten geprüft wurden</translation>
    </message>
    <message>
        <source>&amp;Languages spoken</source>
        <translation type="unfinished">&amp;Gesprochene Sprachen</translation>
    </message>
    <message>
        <source>language codes, e.g. fr nl en ar</source>
        <translation type="unfinished">Sprachcodes, z. B. fr nl en ar</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished">No&amp;tizen</translation>
    </message>
    <message>
        <source>The address ma&amp;y be wrong: letters ask for it before printing it</source>
        <translation type="unfinished">Die Anschrift ist vielleicht &amp;falsch: Briefe fragen danach, bevor sie sie drucken</translation>
    </message>
    <message>
        <source>New ent&amp;ry</source>
        <translation type="unfinished">Ne&amp;uer Eintrag</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished">S&amp;peichern</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished">Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">S&amp;chließen</translation>
    </message>
    <message>
        <source>CPAS / OCMW</source>
        <translation type="unfinished">ÖSHZ</translation>
    </message>
    <message>
        <source>Integration agency</source>
        <translation type="unfinished">Integrationsstelle</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished">NRO</translation>
    </message>
    <message>
        <source>Other office</source>
        <translation type="unfinished">Andere Stelle</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">Aufnahmezentrum</translation>
    </message>
    <message>
        <source>CGRS</source>
        <translation type="unfinished">GKFS</translation>
    </message>
    <message>
        <source>Immigration Office</source>
        <translation type="unfinished">Ausländeramt</translation>
    </message>
    <message>
        <source>Municipality (population service)</source>
        <translation type="unfinished">Gemeinde (Einwohnermeldeamt)</translation>
    </message>
    <message>
        <source>Local police</source>
        <translation type="unfinished">Lokale Polizei</translation>
    </message>
    <message>
        <source>CPAS / OCMW of the new home</source>
        <translation type="unfinished">ÖSHZ des neuen Wohnorts</translation>
    </message>
    <message>
        <source>Health insurance fund</source>
        <translation type="unfinished">Krankenkasse</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished">Bank</translation>
    </message>
    <message>
        <source>Housing (landlords, social housing)</source>
        <translation type="unfinished">Wohnen (Vermieter, sozialer Wohnungsbau)</translation>
    </message>
    <message>
        <source>Employment agency</source>
        <translation type="unfinished">Arbeitsamt</translation>
    </message>
    <message>
        <source>Child benefit fund</source>
        <translation type="unfinished">Kindergeldkasse</translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished">Schule</translation>
    </message>
    <message>
        <source>Belgian embassy or consulate</source>
        <translation type="unfinished">Belgische Botschaft oder belgisches Konsulat</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">Arzt</translation>
    </message>
    <message>
        <source>NGO or social service</source>
        <translation type="unfinished">NRO oder Sozialdienst</translation>
    </message>
    <message>
        <source>Comes with the application</source>
        <translation type="unfinished">Mit dem Programm geliefert</translation>
    </message>
    <message>
        <source>Comes with the application, edited here</source>
        <translation type="unfinished">Mit dem Programm geliefert, hier geändert</translation>
    </message>
    <message>
        <source>Added here</source>
        <translation type="unfinished">Hier hinzugefügt</translation>
    </message>
    <message>
        <source>Everything</source>
        <extracomment>the checked-date field -&gt; (its DateEdit, the edits of the detail it dates)</extracomment>
        <translation type="unfinished">Alles</translation>
    </message>
    <message>
        <source>(not linked to a step)</source>
        <translation type="unfinished">(mit keinem Schritt verknüpft)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">Öffnungszeiten</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Herkunft</translation>
    </message>
    <message>
        <source>A check cannot be in the future.</source>
        <translation type="unfinished">Eine Prüfung kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>&amp;Only entries added or edited by the centre</source>
        <translation type="unfinished">&amp;Nur vom Zentrum hinzugefügte oder geänderte Einträge</translation>
    </message>
    <message>
        <source>Addresses and opening hours of the CPAS/OCMW, municipalities, integration agencies and the NGOs and offices the centre works with. Only a social worker or a coordinator can change them.</source>
        <translation type="unfinished">Adressen und Öffnungszeiten der ÖSHZ, Gemeinden, Integrationsstellen sowie der NRO und Stellen, mit denen das Zentrum zusammenarbeitet. Nur ein Sozialarbeiter oder ein Koordinator kann sie ändern.</translation>
    </message>
    <message>
        <source>Entries shown: {count}</source>
        <translation type="unfinished">Angezeigte Einträge: {count}</translation>
    </message>
    <message>
        <source>Re&amp;move local details…</source>
        <translation type="unfinished">Lo&amp;kale Angaben entfernen…</translation>
    </message>
    <message>
        <source>A new entry: an NGO or an office the centre works with.</source>
        <translation type="unfinished">Ein neuer Eintrag: eine NRO oder eine Stelle, mit der das Zentrum zusammenarbeitet.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished">Neuer Eintrag</translation>
    </message>
    <message>
        <source>the name comes with the application; what you enter below is used instead of the shipped data.</source>
        <translation type="unfinished">Der Name wird mit dem Programm geliefert; was Sie unten eingeben, wird anstelle der mitgelieferten Angaben verwendet.</translation>
    </message>
    <message>
        <source>Last changed by {name}.</source>
        <translation type="unfinished">Zuletzt geändert von {name}.</translation>
    </message>
    <message>
        <source>from the postcode</source>
        <translation type="unfinished">aus der Postleitzahl</translation>
    </message>
    <message>
        <source>Remove what was entered here for “{name}”? The entry comes back as it is shipped with the application.</source>
        <translation type="unfinished">Was hier für „{name}“ eingegeben wurde, entfernen? Der Eintrag ist dann wieder so, wie er mit dem Programm geliefert wird.</translation>
    </message>
    <message>
        <source>Remove “{name}” from the directory? Steps will no longer show it under “Where to go”.</source>
        <translation type="unfinished">„{name}“ aus dem Verzeichnis entfernen? Die Schritte zeigen ihn dann nicht mehr unter „Wohin gehen“.</translation>
    </message>
    <message>
        <source>Remove from the directory</source>
        <translation type="unfinished">Aus dem Verzeichnis entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished">Vorschau</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished">Vorherige Seite (Bild auf)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished">Vorherige Seite</translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished">◀</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation type="unfinished">&amp;Seite</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished">Seitenzahl</translation>
    </message>
    <message>
        <source>of 1</source>
        <translation type="unfinished">von 1</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished">Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished">Nächste Seite</translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished">▶</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished">Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished">Verkleinern</translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished">−</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished">Zoomstufe</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished">Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished">Vergrößern</translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished">+</translation>
    </message>
    <message>
        <source>The preview is kept in memory only. A saved PDF or DOCX file is not encrypted: it is a plain copy of personal data. Keep it only as long as it is needed.</source>
        <translation type="unfinished">Die Vorschau wird nur im Arbeitsspeicher gehalten. Eine gespeicherte PDF- oder DOCX-Datei ist nicht verschlüsselt: Sie ist eine einfache Kopie personenbezogener Daten. Bewahren Sie sie nur so lange auf, wie sie gebraucht wird.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished">&amp;Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save as DO&amp;CX…</source>
        <translation type="unfinished">Als DO&amp;CX speichern…</translation>
    </message>
    <message>
        <source>Document preview</source>
        <extracomment>``save(fmt, path, data)`` writes (and e.g. records) a saved file; ``print(pages)`` records a print.</extracomment>
        <translation type="unfinished">Dokumentvorschau</translation>
    </message>
    <message>
        <source>Arrow keys scroll the page; Page Up and Page Down go to the previous or next page.</source>
        <translation type="unfinished">Die Pfeiltasten verschieben die Seite; Bild auf und Bild ab gehen zur vorherigen oder nächsten Seite.</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished">An Breite anpassen</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation type="unfinished">von {count}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished">Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished">Als PDF speichern</translation>
    </message>
    <message>
        <source>Save as DOCX</source>
        <translation type="unfinished">Als DOCX speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished">Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation type="unfinished">Die Datei konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished">Gespeichert</translation>
    </message>
    <message>
        <source>Saved {file}.

This file is not encrypted: it is a plain copy of personal data. Keep it only as long as it is needed, and delete it afterwards.</source>
        <translation type="unfinished">{file} gespeichert.

Diese Datei ist nicht verschlüsselt: Sie ist eine einfache Kopie personenbezogener Daten. Bewahren Sie sie nur so lange auf, wie sie gebraucht wird, und löschen Sie sie danach.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished">D&amp;okumente</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation type="unfinished">&amp;Brief…</translation>
    </message>
    <message>
        <source>A letter to an authority, with a copy for the family</source>
        <translation type="unfinished">Ein Brief an eine Behörde, mit einer Kopie für die Familie</translation>
    </message>
    <message>
        <source>&amp;Handover dossier…</source>
        <translation type="unfinished">&amp;Übergabedossier…</translation>
    </message>
    <message>
        <source>The family&apos;s file for the next actor</source>
        <translation type="unfinished">Die Akte der Familie für die nächste Stelle</translation>
    </message>
    <message>
        <source>Dossiers for families leaving &amp;soon…</source>
        <translation type="unfinished">Dossiers für Familien, die bald &amp;ausziehen…</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Handover dossier</source>
        <translation type="unfinished">Übergabedossier</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished">&amp;Für</translation>
    </message>
    <message>
        <source>&amp;Name of the recipient</source>
        <translation type="unfinished">&amp;Name des Empfängers</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished">Freiwillige Angabe</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Sprache</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished">Abschnitte</translation>
    </message>
    <message>
        <source>The sections ticked for a recipient are the minimum they need. Share no more than necessary.</source>
        <translation type="unfinished">Die für einen Empfänger angekreuzten Abschnitte sind das Minimum, das er braucht. Geben Sie nicht mehr weiter als nötig.</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation type="unfinished">Deckblatt</translation>
    </message>
    <message>
        <source>Household composition</source>
        <translation type="unfinished">Zusammensetzung des Haushalts</translation>
    </message>
    <message>
        <source>Protection status and key dates</source>
        <translation type="unfinished">Schutzstatus und wichtige Daten</translation>
    </message>
    <message>
        <source>Exit-support checklist</source>
        <translation type="unfinished">Checkliste für den Auszug</translation>
    </message>
    <message>
        <source>Contacts and referrals</source>
        <translation type="unfinished">Kontakte und Weitervermittlungen</translation>
    </message>
    <message>
        <source>Documents obtained and still missing</source>
        <translation type="unfinished">Erhaltene und noch fehlende Dokumente</translation>
    </message>
    <message>
        <source>Handover notes</source>
        <translation type="unfinished">Übergabenotizen</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation type="unfinished">Vertrauliche Notizen</translation>
    </message>
    <message>
        <source>Confidential notes will be in this dossier. Include them only when the recipient needs them and the family agreed.</source>
        <translation type="unfinished">Vertrauliche Notizen werden in diesem Dossier stehen. Nehmen Sie sie nur auf, wenn der Empfänger sie braucht und die Familie einverstanden ist.</translation>
    </message>
    <message>
        <source>CPAS/OCMW</source>
        <translation type="unfinished">ÖSHZ (CPAS/OCMW)</translation>
    </message>
    <message>
        <source>Local reception initiative (LOI/ILA)</source>
        <translation type="unfinished">Lokale Aufnahmeinitiative (LAI)</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished">NRO</translation>
    </message>
    <message>
        <source>Administrative buddy</source>
        <translation type="unfinished">Administrative Begleitperson</translation>
    </message>
    <message>
        <source>Next social worker</source>
        <translation type="unfinished">Nächste Sozialarbeiterin / nächster Sozialarbeiter</translation>
    </message>
    <message>
        <source>Each recipient&apos;s language</source>
        <translation type="unfinished">Die Sprache jedes Empfängers</translation>
    </message>
    <message>
        <source>Summary (always first)</source>
        <translation type="unfinished">Zusammenfassung (immer zuerst)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished">&amp;Vorschau…</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation type="unfinished">Keine Einwilligung erfasst</translation>
    </message>
    <message>
        <source>The family has not given its consent to share a handover dossier with this recipient. Why must it be shared anyway? The reason is kept in the audit log: write no personal details.</source>
        <translation type="unfinished">Die Familie hat nicht eingewilligt, ein Übergabedossier an diesen Empfänger weiterzugeben. Warum muss es trotzdem weitergegeben werden? Der Grund wird im Prüfprotokoll gespeichert: Schreiben Sie keine personenbezogenen Daten hinein.</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo “{action}”</source>
        <translation type="unfinished">„{action}“ &amp;rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The action could not be completed. Please try again.</source>
        <translation type="unfinished">Die Aktion konnte nicht ausgeführt werden. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message>
        <source>Export a list</source>
        <translation type="unfinished">Eine Liste exportieren</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation type="unfinished">Welche Liste</translation>
    </message>
    <message>
        <source>The &amp;family list, as filtered in the main window</source>
        <translation type="unfinished">Die &amp;Familienliste, gefiltert wie im Hauptfenster</translation>
    </message>
    <message>
        <source>The &amp;due list: open steps due within</source>
        <translation type="unfinished">Die Liste der fä&amp;lligen Schritte: offene Schritte fällig innerhalb von</translation>
    </message>
    <message>
        <source>Days ahead for the due list</source>
        <translation type="unfinished">Tage im Voraus für die Liste der fälligen Schritte</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> Tagen</translation>
    </message>
    <message>
        <source>and the overdue ones</source>
        <translation type="unfinished">und die überfälligen</translation>
    </message>
    <message>
        <source>The da&amp;shboard: its counts and its three tables, every row</source>
        <translation type="unfinished">Die Ü&amp;bersicht: ihre Zahlen und ihre drei Tabellen, alle Zeilen</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished">Date&amp;iformat</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished">E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <extracomment>(format, CSV separator) of each choice of the format list</extracomment>
        <translation type="unfinished">Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel in Belgium (fields separated by ;)</source>
        <translation type="unfinished">CSV für Excel in Belgien (Felder durch ; getrennt)</translation>
    </message>
    <message>
        <source>CSV with commas (fields separated by ,)</source>
        <translation type="unfinished">CSV mit Kommas (Felder durch , getrennt)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Fortschritt</translation>
    </message>
    <message>
        <source>Only the families the list shows now (its search and filters).</source>
        <translation type="unfinished">Nur die Familien, die die Liste jetzt zeigt (ihre Suche und Filter).</translation>
    </message>
    <message>
        <source>Every family of the list but the archived ones.</source>
        <translation type="unfinished">Alle Familien der Liste außer den archivierten.</translation>
    </message>
    <message>
        <source>With the dashboard&apos;s filters, due within {days} days.</source>
        <translation type="unfinished">Mit den Filtern der Übersicht, fällig innerhalb von {days} Tagen.</translation>
    </message>
    <message>
        <source>Every worker and every track, due within {days} days.</source>
        <translation type="unfinished">Alle Sozialarbeiter und alle Bereiche, fällig innerhalb von {days} Tagen.</translation>
    </message>
    <message>
        <source>The protection status and the decision date are included: your role may see them.</source>
        <translation type="unfinished">Der Schutzstatus und das Datum der Entscheidung sind enthalten: Ihre Rolle darf sie sehen.</translation>
    </message>
    <message>
        <source>Without the protection decision: your role does not show it.</source>
        <translation type="unfinished">Ohne die Schutzentscheidung: Ihre Rolle zeigt sie nicht.</translation>
    </message>
    <message>
        <source>National register numbers, contacts and notes are never in a list. The file is not encrypted: keep it safe and delete it when done.</source>
        <translation type="unfinished">Nationalregisternummern, Kontaktdaten und Notizen stehen nie in einer Liste. Die Datei ist nicht verschlüsselt: Bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>family-list</source>
        <translation type="unfinished">familienliste</translation>
    </message>
    <message>
        <source>due-within-{days}-days</source>
        <translation type="unfinished">faellig-in-{days}-tagen</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation type="unfinished">uebersicht</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished">Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished">CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation type="unfinished">Die Liste speichern unter</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished">Die Datei wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>The family list was saved (%n rows) in {file}.</source>
        <translation type="unfinished">
            <numerusform>Die Familienliste wurde gespeichert (%n Zeile) in {file}.</numerusform>
            <numerusform>Die Familienliste wurde gespeichert (%n Zeilen) in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The due list was saved (%n rows) in {file}.</source>
        <translation type="unfinished">
            <numerusform>Die Liste der fälligen Schritte wurde gespeichert (%n Zeile) in {file}.</numerusform>
            <numerusform>Die Liste der fälligen Schritte wurde gespeichert (%n Zeilen) in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dashboard was saved (%n rows) in {file}.</source>
        <translation type="unfinished">
            <numerusform>Die Übersicht wurde gespeichert (%n Zeile) in {file}.</numerusform>
            <numerusform>Die Übersicht wurde gespeichert (%n Zeilen) in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;list…</source>
        <translation type="unfinished">Liste expo&amp;rtieren…</translation>
    </message>
    <message>
        <source>The family list, the due list or the dashboard as an Excel or CSV file</source>
        <translation type="unfinished">Die Familienliste, die Liste der fälligen Schritte oder die Übersicht als Excel- oder CSV-Datei</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Extension of the stay in reception</source>
        <translation type="unfinished">Verlängerung des Aufenthalts in der Aufnahme</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished">&amp;Dauer</translation>
    </message>
    <message>
        <source>Length of the extension in months</source>
        <translation type="unfinished">Dauer der Verlängerung in Monaten</translation>
    </message>
    <message>
        <source>&amp;Granted on</source>
        <translation type="unfinished">Gewährt &amp;am</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;Grund</translation>
    </message>
    <message>
        <source>e.g. no housing found despite an active search</source>
        <translation type="unfinished">z. B. trotz aktiver Suche keine Wohnung gefunden</translation>
    </message>
    <message>
        <source>Warning of the rules</source>
        <translation type="unfinished">Warnung der Regeln</translation>
    </message>
    <message>
        <source>Why go &amp;beyond the maximum?</source>
        <translation type="unfinished">Warum das Maximum ü&amp;berschreiten?</translation>
    </message>
    <message>
        <source>e.g. agreed by Fedasil on 20 November (medical treatment)</source>
        <translation type="unfinished">z. B. von Fedasil am 20. November genehmigt (medizinische Behandlung)</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">Zu korrigierende Probleme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Beyond the maximum.&lt;/b&gt; {rule} This maximum is uncertain and set in the rule data; go beyond it only with an agreement, and say why below.</source>
        <translation type="unfinished">&lt;b&gt;Über dem Maximum.&lt;/b&gt; {rule} Dieses Maximum ist unsicher und in den Regeldaten festgelegt; überschreiten Sie es nur mit einer Zustimmung und sagen Sie unten, warum.</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> Monate</translation>
    </message>
    <message>
        <source>Last day in reception: {before} now, {after} with this extension.</source>
        <translation type="unfinished">Letzter Tag in der Aufnahme: jetzt {before}, mit dieser Verlängerung {after}.</translation>
    </message>
</context>
<context>
    <name>FamilyEditDialog</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">Familie</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation type="unfinished">&amp;Haushalt</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation type="unfinished">&amp;Aktenzeichen</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation type="unfinished">Wird erzeugt, wenn das Feld leer bleibt</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished">&amp;Status</translation>
    </message>
    <message>
        <source>Social &amp;worker</source>
        <translation type="unfinished">Sozialar&amp;beiter</translation>
    </message>
    <message>
        <source>&amp;Arrival date</source>
        <translation type="unfinished">A&amp;nkunftsdatum</translation>
    </message>
    <message>
        <source>E&amp;xit date</source>
        <translation type="unfinished">Auszugs&amp;datum</translation>
    </message>
    <message>
        <source>Mo&amp;ving to (municipality)</source>
        <translation type="unfinished">Zieht nach (&amp;Gemeinde)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished">&amp;Mitglieder</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished">Haushaltsmitglieder</translation>
    </message>
    <message>
        <source>The selected member&apos;s details are below the list. Delete removes the selected member, after asking.</source>
        <translation type="unfinished">Die Angaben des gewählten Mitglieds stehen unter der Liste. Entf entfernt das gewählte Mitglied nach einer Rückfrage.</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation type="unfinished">Mitglied ent&amp;fernen</translation>
    </message>
    <message>
        <source>Selected member</source>
        <translation type="unfinished">Gewähltes Mitglied</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation type="unfinished">&amp;Vornamen</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished">&amp;Nachname</translation>
    </message>
    <message>
        <source>Re&amp;lation</source>
        <translation type="unfinished">&amp;Beziehung</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation type="unfinished">&amp;Geschlecht</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished">Geburts&amp;datum</translation>
    </message>
    <message>
        <source>Nat&amp;ionality</source>
        <translation type="unfinished">&amp;Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected language.</source>
        <translation type="unfinished">Die Leertaste setzt oder entfernt das Häkchen bei der gewählten Sprache.</translation>
    </message>
    <message>
        <source>&amp;Preferred language</source>
        <translation type="unfinished">Bevorz&amp;ugte Sprache</translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC</source>
        <translation type="unfinished">JJ.MM.TT-XXX.CC</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Wo</translation>
    </message>
    <message>
        <source>In Belgium (untick if abroad, awaiting reunification)</source>
        <translation type="unfinished">In Belgien (Häkchen entfernen, wenn die Person im Ausland auf die Familienzusammenführung wartet)</translation>
    </message>
    <message>
        <source>Card n&amp;umber</source>
        <translation type="unfinished">Ka&amp;rtennummer</translation>
    </message>
    <message>
        <source>Reception c&amp;entre</source>
        <translation type="unfinished">Aufnahme&amp;zentrum</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished">Mitglied hin&amp;zufügen</translation>
    </message>
    <message>
        <source>La&amp;nguages spoken</source>
        <translation type="unfinished">Gesprochene S&amp;prachen</translation>
    </message>
    <message>
        <source>Na&amp;tional register number</source>
        <translation type="unfinished">Na&amp;tionalregisternummer</translation>
    </message>
    <message>
        <source>R&amp;esidence card</source>
        <translation type="unfinished">&amp;Aufenthaltskarte</translation>
    </message>
    <message>
        <source>Card expire&amp;s</source>
        <translation type="unfinished">Karte gültig b&amp;is</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished">&amp;Entscheidung</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <translation type="unfinished">Gewährter Schutz</translation>
    </message>
    <message>
        <source>Protection &amp;status</source>
        <translation type="unfinished">Schutz&amp;status</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation type="unfinished">Entschieden &amp;von</translation>
    </message>
    <message>
        <source>Asylum &amp;application date</source>
        <translation type="unfinished">Datum des &amp;Asylantrags</translation>
    </message>
    <message>
        <source>D&amp;ecision date</source>
        <translation type="unfinished">Entscheidungs&amp;datum</translation>
    </message>
    <message>
        <source>&amp;Notification date</source>
        <translation type="unfinished">Datum der &amp;Zustellung</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished">&amp;Referenz</translation>
    </message>
    <message>
        <source>CGRS file number</source>
        <translation type="unfinished">Aktenzeichen beim GKFS</translation>
    </message>
    <message>
        <source>Immigration Office (OE/DV&amp;Z) number</source>
        <translation type="unfinished">Nummer des Ausländeramts (DV&amp;Z)</translation>
    </message>
    <message>
        <source>e.g. 8.123.456</source>
        <translation type="unfinished">z. B. 8.123.456</translation>
    </message>
    <message>
        <source>The family&apos;s file number at the Office des Etrangers / Dienst Vreemdelingenzaken, as on its letters. A CPAS asks for it.</source>
        <translation type="unfinished">Die Aktennummer der Familie beim Ausländeramt (Office des Etrangers / Dienst Vreemdelingenzaken), wie auf seinen Briefen. Das ÖSHZ fragt danach.</translation>
    </message>
    <message>
        <source>New h&amp;ome</source>
        <translation type="unfinished">Neue &amp;Wohnung</translation>
    </message>
    <message>
        <source>The family&apos;s new home, once found: entered here once, it fills in the letters (rental guarantee, CPAS, change of address).</source>
        <translation type="unfinished">Die neue Wohnung der Familie, sobald gefunden: einmal hier eingegeben, füllt sie die Briefe aus (Mietkaution, ÖSHZ, Adressänderung).</translation>
    </message>
    <message>
        <source>New home</source>
        <translation type="unfinished">Neue Wohnung</translation>
    </message>
    <message>
        <source>Street, number, &amp;box</source>
        <translation type="unfinished">Straße, Hausnummer, &amp;Box</translation>
    </message>
    <message>
        <source>e.g. Rue Haute 5 bte 2</source>
        <translation type="unfinished">z. B. Neustraße 5, Box 2</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished">&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation type="unfinished">4 Ziffern</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation type="unfinished">&amp;Gemeinde</translation>
    </message>
    <message>
        <source>Mo&amp;ve-in date</source>
        <translation type="unfinished">Ein&amp;zugsdatum</translation>
    </message>
    <message>
        <source>Monthly &amp;rent</source>
        <translation type="unfinished">Monatliche Mie&amp;te</translation>
    </message>
    <message>
        <source>Monthly rent in euros</source>
        <translation type="unfinished">Monatliche Miete in Euro</translation>
    </message>
    <message>
        <source>€ a month</source>
        <translation type="unfinished">€ pro Monat</translation>
    </message>
    <message>
        <source>Month&amp;ly charges</source>
        <translation type="unfinished">Monatliche &amp;Nebenkosten</translation>
    </message>
    <message>
        <source>Monthly charges in euros</source>
        <translation type="unfinished">Monatliche Nebenkosten in Euro</translation>
    </message>
    <message>
        <source>Rental gu&amp;arantee (deposit)</source>
        <translation type="unfinished">Mietka&amp;ution</translation>
    </message>
    <message>
        <source>Rental guarantee in euros</source>
        <translation type="unfinished">Mietkaution in Euro</translation>
    </message>
    <message>
        <source>€</source>
        <translation type="unfinished">€</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation type="unfinished">Vermieter</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">N&amp;ame</translation>
    </message>
    <message>
        <source>Person or agency</source>
        <translation type="unfinished">Person oder Agentur</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation type="unfinished">Ad&amp;resse</translation>
    </message>
    <message>
        <source>Street, number, box</source>
        <translation type="unfinished">Straße, Hausnummer, Box</translation>
    </message>
    <message>
        <source>Pos&amp;tcode</source>
        <translation type="unfinished">P&amp;ostleitzahl</translation>
    </message>
    <message>
        <source>Phon&amp;e</source>
        <translation type="unfinished">Te&amp;lefon</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation type="unfinished">E-Ma&amp;il</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished">&amp;Kontakte</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished">Kontaktdaten</translation>
    </message>
    <message>
        <source>F2 changes the selected cell; Delete removes the selected contact, after asking.</source>
        <translation type="unfinished">F2 ändert die gewählte Zelle; Entf entfernt den gewählten Kontakt nach einer Rückfrage.</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation type="unfinished">Kontakt hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remove con&amp;tact</source>
        <translation type="unfinished">Kontakt ent&amp;fernen</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation type="unfinished">Vor dem Speichern zu behebende Probleme</translation>
    </message>
    <message>
        <source>(new member)</source>
        <translation type="unfinished">(neues Mitglied)</translation>
    </message>
    <message>
        <source>New family</source>
        <extracomment>field of a member (``members[i].&lt;field&gt;``) -&gt; the widget that edits it (the selected member&apos;s) every other field path the service names -&gt; its widget the widgets whose problems a dwelling postcode&apos;s problem also concerns (they contradict it)</extracomment>
        <translation type="unfinished">Neue Familie</translation>
    </message>
    <message>
        <source>Family {case}</source>
        <translation type="unfinished">Familie {case}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(keine)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished">(nicht angegeben)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished">Beziehung</translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished">Geboren</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Art</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Kontakt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation type="unfinished">Ein Geburtsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Born before 1900? Check the year.</source>
        <translation type="unfinished">Vor 1900 geboren? Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>This card expired more than a year ago: check the year, or whether it was renewed.</source>
        <translation type="unfinished">Diese Karte ist vor mehr als einem Jahr abgelaufen: Prüfen Sie das Jahr oder ob sie erneuert wurde.</translation>
    </message>
    <message>
        <source>More than ten years from now: check the year.</source>
        <translation type="unfinished">Mehr als zehn Jahre in der Zukunft: Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The arrival cannot be in the future.</source>
        <translation type="unfinished">Die Ankunft kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The exit cannot be before the arrival ({date}).</source>
        <translation type="unfinished">Der Auszug kann nicht vor der Ankunft ({date}) liegen.</translation>
    </message>
    <message>
        <source>The asylum application cannot be in the future.</source>
        <translation type="unfinished">Der Asylantrag kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The decision cannot be in the future.</source>
        <translation type="unfinished">Die Entscheidung kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The decision cannot be before the asylum application ({date}).</source>
        <translation type="unfinished">Die Entscheidung kann nicht vor dem Asylantrag ({date}) liegen.</translation>
    </message>
    <message>
        <source>The decision is before the arrival at the centre ({date}): right only if the family came from another centre.</source>
        <translation type="unfinished">Die Entscheidung liegt vor der Ankunft im Zentrum ({date}): nur richtig, wenn die Familie aus einem anderen Zentrum kam.</translation>
    </message>
    <message>
        <source>The notification cannot be in the future.</source>
        <translation type="unfinished">Die Zustellung kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The notification cannot be before the decision ({date}).</source>
        <translation type="unfinished">Die Zustellung kann nicht vor der Entscheidung ({date}) liegen.</translation>
    </message>
    <message>
        <source>The move-in is before the arrival at the centre ({date}): check the year.</source>
        <translation type="unfinished">Der Einzug liegt vor der Ankunft im Zentrum ({date}): Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>More than a year from now: check the year.</source>
        <translation type="unfinished">Mehr als ein Jahr in der Zukunft: Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>{postcode}: {names} — choose one</source>
        <translation type="unfinished">{postcode}: {names} — wählen Sie eine</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> oder </translation>
    </message>
    <message>
        <source>not a Belgian postcode</source>
        <translation type="unfinished">keine belgische Postleitzahl</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished">Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from this household?</source>
        <translation type="unfinished">{name} aus diesem Haushalt entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
    <message>
        <source>{name} (to correct)</source>
        <translation type="unfinished">{name} (zu korrigieren)</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation type="unfinished">Mitglied: {name}</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation type="unfinished">Art des Kontakts</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished">Kontakt entfernen</translation>
    </message>
    <message>
        <source>Remove the contact {value}?</source>
        <translation type="unfinished">Den Kontakt {value} entfernen?</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation type="unfinished">„{text}“ ist kein Datum.</translation>
    </message>
    <message>
        <source>Choose the type of residence card: its number and expiry date are kept with it.</source>
        <translation type="unfinished">Wählen Sie die Art der Aufenthaltskarte: Nummer und Ablaufdatum werden mit ihr gespeichert.</translation>
    </message>
    <message>
        <source>The new home is in {home} but the family is moving to {destination}: correct one of the two (the CPAS of the new home&apos;s municipality is the competent one).</source>
        <translation type="unfinished">Die neue Wohnung liegt in {home}, aber die Familie zieht nach {destination}: Korrigieren Sie eines von beiden (zuständig ist das ÖSHZ der Gemeinde der neuen Wohnung).</translation>
    </message>
    <message>
        <source>Please correct these before saving:</source>
        <translation type="unfinished">Bitte korrigieren Sie vor dem Speichern:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation type="unfinished">Sie haben Änderungen, die nicht gespeichert sind. Schließen und sie verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished">Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished">Akte</translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished">Haushalt</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Mitglieder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Sprachen</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">Sozialarbeiter</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">Entscheidung</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Transition Assistant</source>
        <translation type="unfinished">Transition Assistant einrichten</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Willkommen</translation>
    </message>
    <message>
        <source>This is the first start of Transition Assistant with this database.</source>
        <translation type="unfinished">Dies ist der erste Start von Transition Assistant mit dieser Datenbank.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Transition Assistant keeps the case files of families leaving reception: special-category personal data protected by the GDPR.&lt;/p&gt;&lt;p&gt;Everyone who uses it signs in with their own account. First create the &lt;b&gt;coordinator&lt;/b&gt; account: the coordinator manages the other accounts (social workers and admin buddies), reads the audit log and sets how long closed cases are kept.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Transition Assistant verwaltet die Akten von Familien, die die Aufnahme verlassen: besondere Kategorien personenbezogener Daten, die durch die DSGVO geschützt sind.&lt;/p&gt;&lt;p&gt;Alle, die das Programm benutzen, melden sich mit ihrem eigenen Konto an. Legen Sie zuerst das Konto des &lt;b&gt;Koordinators&lt;/b&gt; an: Der Koordinator verwaltet die anderen Konten (Sozialarbeiter und administrative Begleitpersonen), liest das Prüfprotokoll und legt fest, wie lange abgeschlossene Akten aufbewahrt werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The coordinator account</source>
        <translation type="unfinished">Das Konto des Koordinators</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters that you do not use anywhere else.</source>
        <translation type="unfinished">Wählen Sie ein Passwort mit mindestens 10 Zeichen, das Sie nirgendwo sonst verwenden.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished">&amp;Vollständiger Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;Benutzername</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Benutzername</translation>
    </message>
    <message>
        <source>e.g. m.janssens</source>
        <translation type="unfinished">z. B. m.schmitz</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Passwort</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished">P&amp;asswort wiederholen</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished">Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished">Beru&amp;fsbezeichnung</translation>
    </message>
    <message>
        <source>Printed under your name in letters; choose one or type your own.</source>
        <translation type="unfinished">Wird in Briefen unter Ihrem Namen gedruckt; wählen Sie eine aus oder geben Sie Ihre eigene ein.</translation>
    </message>
    <message>
        <source>Title f&amp;orm</source>
        <translation type="unfinished">F&amp;orm der Bezeichnung</translation>
    </message>
    <message>
        <source>How your job title is written: feminine, masculine or neutral.</source>
        <translation type="unfinished">Wie Ihre Berufsbezeichnung geschrieben wird: weiblich, männlich oder neutral.</translation>
    </message>
    <message>
        <source>Direct p&amp;hone</source>
        <translation type="unfinished">&amp;Durchwahl</translation>
    </message>
    <message>
        <source>optional, e.g. 0470 12 34 56</source>
        <translation type="unfinished">freiwillig, z. B. 0470 12 34 56</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">&amp;E-Mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">freiwillig</translation>
    </message>
    <message>
        <source>The reception centre</source>
        <translation type="unfinished">Das Aufnahmezentrum</translation>
    </message>
    <message>
        <source>Its name, address and contact details are printed at the top of letters and dossiers. You can add other centres later (Administration ▸ Reception centres).</source>
        <translation type="unfinished">Name, Adresse und Kontaktdaten werden oben auf Briefen und Akten gedruckt. Weitere Zentren können Sie später hinzufügen (Verwaltung ▸ Aufnahmezentren).</translation>
    </message>
    <message>
        <source>The recovery key of the database</source>
        <translation type="unfinished">Der Wiederherstellungsschlüssel der Datenbank</translation>
    </message>
    <message>
        <source>Write it down or print it and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished">Schreiben Sie ihn auf oder drucken Sie ihn aus und bewahren Sie ihn an einem sicheren Ort auf, nicht bei diesem Computer.</translation>
    </message>
    <message>
        <source>The database is encrypted. This key opens it if this computer&apos;s keyring or the passphrase is lost, or on another computer. It is shown only now.</source>
        <translation type="unfinished">Die Datenbank ist verschlüsselt. Dieser Schlüssel öffnet sie, wenn der Schlüsselbund dieses Computers oder die Passphrase verloren ist, oder auf einem anderen Computer. Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery key and keep it safe</source>
        <translation type="unfinished">Ich habe den Wiederherstellungsschlüssel &amp;aufgeschrieben und bewahre ihn sicher auf</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished">Bereit</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">&amp;Starten</translation>
    </message>
    <message>
        <source>&lt;p&gt;The coordinator account &lt;b&gt;{user}&lt;/b&gt; is ready and signed in, and the reception centre &lt;b&gt;{centre}&lt;/b&gt; is set up.&lt;/p&gt;&lt;p&gt;Next: create the accounts of the social workers and admin buddies with &lt;i&gt;Administration ▸ Users&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Das Koordinationskonto &lt;b&gt;{user}&lt;/b&gt; ist bereit und angemeldet, und das Aufnahmezentrum &lt;b&gt;{centre}&lt;/b&gt; ist eingerichtet.&lt;/p&gt;&lt;p&gt;Als Nächstes: Legen Sie die Konten der Sozialarbeiterinnen und Sozialarbeiter und der administrativen Begleitpersonen unter &lt;i&gt;Verwaltung ▸ Benutzer&lt;/i&gt; an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The coordinator account &lt;b&gt;{user}&lt;/b&gt; is ready and signed in.&lt;/p&gt;&lt;p&gt;Next: create the accounts of the social workers and admin buddies with &lt;i&gt;Administration ▸ Users&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Das Konto des Koordinators &lt;b&gt;{user}&lt;/b&gt; ist bereit und angemeldet.&lt;/p&gt;&lt;p&gt;Als Nächstes: Legen Sie die Konten der Sozialarbeiter und der administrativen Begleitpersonen unter &lt;i&gt;Verwaltung ▸ Benutzer&lt;/i&gt; an.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <source>Translation: draft, not yet reviewed</source>
        <translation type="unfinished">Übersetzung: Entwurf, noch nicht geprüft</translation>
    </message>
    <message>
        <source>The texts of this interface in {language} are draft translations that a qualified translator has not reviewed yet. Tell your coordinator about any text that is unclear or wrong.</source>
        <translation type="unfinished">Die Texte dieser Oberfläche ({language}) sind Übersetzungsentwürfe, die noch keine qualifizierte Übersetzerin und kein qualifizierter Übersetzer geprüft hat. Melden Sie Ihrem Koordinator jeden Text, der unklar oder falsch ist.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Only .csv and .xlsx files can be imported (save an .xls or .ods file as .xlsx first).</source>
        <translation type="unfinished">Nur .csv- und .xlsx-Dateien können importiert werden (speichern Sie eine .xls- oder .ods-Datei zuerst als .xlsx).</translation>
    </message>
    <message>
        <source>This file could not be read as a {kind} file. Check that it is not damaged or protected by a password, and that it is the file you meant.</source>
        <translation type="unfinished">Diese Datei kann nicht als {kind}-Datei gelesen werden. Prüfen Sie, dass sie nicht beschädigt oder mit einem Passwort geschützt ist und dass es die gemeinte Datei ist.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;{value}&apos; (its sheets: {sheets}).</source>
        <translation type="unfinished">Die Arbeitsmappe hat kein Blatt mit dem Namen „{value}“ (ihre Blätter: {sheets}).</translation>
    </message>
    <message>
        <source>The file has no rows to import under its header row.</source>
        <translation type="unfinished">Die Datei hat unter ihrer Kopfzeile keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>The file {value} cannot be opened.</source>
        <translation type="unfinished">Die Datei {value} kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a field that can be imported (the list: import --fields).</source>
        <translation type="unfinished">„{value}“ ist kein Feld, das importiert werden kann (die Liste: import --fields).</translation>
    </message>
    <message>
        <source>The file has no column &apos;{value}&apos;.</source>
        <translation type="unfinished">Die Datei hat keine Spalte „{value}“.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not COLUMN=FIELD.</source>
        <translation type="unfinished">„{value}“ hat nicht die Form SPALTE=FELD.</translation>
    </message>
    <message>
        <source>{label} is given to more than one column ({columns}): keep it for one column only.</source>
        <translation type="unfinished">{label} ist mehr als einer Spalte zugeordnet ({columns}): behalten Sie es für eine Spalte.</translation>
    </message>
    <message>
        <source>A column must be imported as the surname and one as the given names.</source>
        <translation type="unfinished">Eine Spalte muss als Familienname und eine als Vornamen importiert werden.</translation>
    </message>
    <message>
        <source>There is no saved mapping named &apos;{value}&apos;.</source>
        <translation type="unfinished">Es gibt keine gespeicherte Zuordnung mit dem Namen „{value}“.</translation>
    </message>
    <message>
        <source>A saved mapping needs a name of at most 60 characters.</source>
        <translation type="unfinished">Eine gespeicherte Zuordnung braucht einen Namen mit höchstens 60 Zeichen.</translation>
    </message>
    <message>
        <source>There is no active social worker with the user name &apos;{value}&apos;.</source>
        <translation type="unfinished">Es gibt keine aktive Sozialarbeiterin und keinen aktiven Sozialarbeiter mit dem Benutzernamen „{value}“.</translation>
    </message>
    <message>
        <source>This reception centre is retired: families can no longer be recorded in it.</source>
        <translation type="unfinished">Dieses Aufnahmezentrum ist außer Betrieb: Es können keine Familien mehr darin erfasst werden.</translation>
    </message>
    <message>
        <source>Duplicates are either skipped or merged, not &apos;{value}&apos;.</source>
        <translation type="unfinished">Duplikate werden übersprungen oder zusammengeführt, nicht „{value}“.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date (write dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation type="unfinished">{label}: „{value}“ ist kein Datum (schreiben Sie TT/MM/JJJJ oder JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; has a two-digit year, which could mean two centuries: write the year in full (for example 1993).</source>
        <translation type="unfinished">{label}: „{value}“ hat eine zweistellige Jahreszahl, die zwei Jahrhunderte bedeuten kann: schreiben Sie das Jahr vollständig (zum Beispiel 1993).</translation>
    </message>
    <message>
        <source>{label}: {value} is before 1900, which cannot be right.</source>
        <translation type="unfinished">{label}: {value} liegt vor 1900, was nicht stimmen kann.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not recognised (use one of: {expected}).</source>
        <translation type="unfinished">{label}: „{value}“ wird nicht erkannt (verwenden Sie einen dieser Werte: {expected}).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a country code or a country name the application knows.</source>
        <translation type="unfinished">{label}: „{value}“ ist kein Ländercode und kein Ländername, den die Anwendung kennt.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a language code or a language name the application knows.</source>
        <translation type="unfinished">{label}: „{value}“ ist kein Sprachcode und kein Sprachname, den die Anwendung kennt.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a Belgian municipality or postcode.</source>
        <translation type="unfinished">{label}: „{value}“ ist keine belgische Gemeinde und keine belgische Postleitzahl.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; can be more than one municipality ({names}): write its postcode or its full name.</source>
        <translation type="unfinished">{label}: „{value}“ kann mehr als eine Gemeinde sein ({names}): schreiben Sie die Postleitzahl oder den vollständigen Namen.</translation>
    </message>
    <message>
        <source>{label}: this cell holds a formula whose result was not saved in the file. Open the file in Excel or LibreOffice, save it, and import it again.</source>
        <translation type="unfinished">{label}: Diese Zelle enthält eine Formel, deren Ergebnis nicht in der Datei gespeichert wurde. Öffnen Sie die Datei in Excel oder LibreOffice, speichern Sie sie und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {max} characters).</source>
        <translation type="unfinished">{label}: Der Text ist zu lang (höchstens {max} Zeichen).</translation>
    </message>
    <message>
        <source>{label}: the cell shows the error {value}.</source>
        <translation type="unfinished">{label}: Die Zelle zeigt den Fehler {value}.</translation>
    </message>
    <message>
        <source>{label} is &apos;{value}&apos; here but &apos;{other_value}&apos; on row {other_row} of the same family: a family has one value.</source>
        <translation type="unfinished">{label} ist hier „{value}“, aber „{other_value}“ in Zeile {other_row} derselben Familie: Eine Familie hat einen Wert.</translation>
    </message>
    <message>
        <source>This family has no head of household: mark one of its rows as the head ({label} column).</source>
        <translation type="unfinished">Diese Familie hat keinen Haushaltsvorstand: Kennzeichnen Sie eine ihrer Zeilen als Haushaltsvorstand (Spalte {label}).</translation>
    </message>
    <message>
        <source>This family has more than one head of household (rows {rows}).</source>
        <translation type="unfinished">Diese Familie hat mehr als einen Haushaltsvorstand (Zeilen {rows}).</translation>
    </message>
    <message>
        <source>{label} is needed for every member of a family of more than one person.</source>
        <translation type="unfinished">{label} ist für jedes Mitglied einer Familie mit mehr als einer Person nötig.</translation>
    </message>
    <message>
        <source>This row has no family key, so it would be a household of its own, but its relationship is &apos;{value}&apos;: give it the key of its family.</source>
        <translation type="unfinished">Diese Zeile hat keinen Familienschlüssel und wäre deshalb ein eigener Haushalt, aber ihre Beziehung ist „{value}“: Geben Sie ihr den Schlüssel ihrer Familie.</translation>
    </message>
    <message>
        <source>{label} is needed when the family has a protection decision.</source>
        <translation type="unfinished">{label} ist nötig, wenn die Familie eine Schutzentscheidung hat.</translation>
    </message>
    <message>
        <source>The same person is on row {other_row} of this family as well.</source>
        <translation type="unfinished">Dieselbe Person steht auch in Zeile {other_row} dieser Familie.</translation>
    </message>
    <message>
        <source>Not imported with its family: row {other_row} of the same family has a problem.</source>
        <translation type="unfinished">Nicht mit ihrer Familie importiert: Zeile {other_row} derselben Familie hat ein Problem.</translation>
    </message>
    <message>
        <source>This row is a head of household, but the family it would be merged into already has one.</source>
        <translation type="unfinished">Diese Zeile ist ein Haushaltsvorstand, aber die Familie, mit der sie zusammengeführt würde, hat schon einen.</translation>
    </message>
    <message>
        <source>Family key</source>
        <extracomment>a person&apos;s own value (one per row) a value of the whole family: rows of one family must agree (empty cells are fine)</extracomment>
        <translation type="unfinished">Familienschlüssel</translation>
    </message>
    <message>
        <source>Rows with the same key are one family; a row without a key is a household of its own.</source>
        <translation type="unfinished">Zeilen mit demselben Schlüssel sind eine Familie; eine Zeile ohne Schlüssel ist ein eigener Haushalt.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished">Familienname</translation>
    </message>
    <message>
        <source>The family name, as on the residence documents (required).</source>
        <translation type="unfinished">Der Familienname wie auf den Aufenthaltsdokumenten (Pflichtangabe).</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished">Vornamen</translation>
    </message>
    <message>
        <source>The given names (required).</source>
        <translation type="unfinished">Die Vornamen (Pflichtangabe).</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished">Geburtsdatum</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, d.m.yyyy, dd-mm-yyyy, yyyy-mm-dd or a date cell; the year in full.</source>
        <translation type="unfinished">TT/MM/JJJJ, T.M.JJJJ, TT-MM-JJJJ, JJJJ-MM-TT oder eine Datumszelle; das Jahr vollständig.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Geschlecht</translation>
    </message>
    <message>
        <source>M, F or X; also H/V, Homme/Femme, Man/Vrouw.</source>
        <translation type="unfinished">M, F oder X; auch H/V, Homme/Femme, Man/Vrouw.</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished">Beziehung</translation>
    </message>
    <message>
        <source>To the head of household: head, spouse, partner, child, parent, sibling or other (French, Dutch or English words).</source>
        <translation type="unfinished">Zum Haushaltsvorstand: Vorstand, Ehepartner, Partner, Kind, Elternteil, Geschwister oder andere (französische, niederländische oder englische Wörter).</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>An ISO country code (SY, AF...) or the country&apos;s name in French, Dutch or English.</source>
        <translation type="unfinished">Ein ISO-Ländercode (SY, AF…) oder der Name des Landes auf Französisch, Niederländisch oder Englisch.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Sprachen</translation>
    </message>
    <message>
        <source>Languages spoken, as codes or names, separated by commas.</source>
        <translation type="unfinished">Gesprochene Sprachen, als Codes oder Namen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished">Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>The language to use with the person (one of the languages spoken).</source>
        <translation type="unfinished">Die Sprache für den Kontakt mit der Person (eine der gesprochenen Sprachen).</translation>
    </message>
    <message>
        <source>In Belgium</source>
        <translation type="unfinished">In Belgien</translation>
    </message>
    <message>
        <source>Yes, or no for a family member still abroad (family reunification); default yes.</source>
        <translation type="unfinished">Ja, oder nein für ein Familienmitglied, das noch im Ausland ist (Familienzusammenführung); standardmäßig ja.</translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation type="unfinished">Schutzstatus</translation>
    </message>
    <message>
        <source>Refugee or subsidiary protection (also réfugié, subsidiaire, vluchteling, subsidiaire bescherming).</source>
        <translation type="unfinished">Flüchtling oder subsidiärer Schutz (auch réfugié, subsidiaire, vluchteling, subsidiaire bescherming).</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished">Entscheidungsdatum</translation>
    </message>
    <message>
        <source>Date of the protection decision: the checklist and its deadlines start from it.</source>
        <translation type="unfinished">Datum der Schutzentscheidung: Die Checkliste und ihre Fristen beginnen damit.</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation type="unfinished">Datum der Zustellung</translation>
    </message>
    <message>
        <source>Date the decision was notified.</source>
        <translation type="unfinished">Datum, an dem die Entscheidung zugestellt wurde.</translation>
    </message>
    <message>
        <source>Asylum application date</source>
        <translation type="unfinished">Datum des Asylantrags</translation>
    </message>
    <message>
        <source>Date of the asylum application.</source>
        <translation type="unfinished">Datum des Asylantrags.</translation>
    </message>
    <message>
        <source>Deciding body</source>
        <translation type="unfinished">Entscheidende Behörde</translation>
    </message>
    <message>
        <source>CGRS / CGRA / CGVS (the default) or CALL / CCE / RvV.</source>
        <translation type="unfinished">GKFS / CGRA / CGVS (standardmäßig) oder RAS / CCE / RvV.</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished">Referenz der Entscheidung</translation>
    </message>
    <message>
        <source>The reference of the decision letter.</source>
        <translation type="unfinished">Das Aktenzeichen des Entscheidungsschreibens.</translation>
    </message>
    <message>
        <source>Destination municipality</source>
        <translation type="unfinished">Zielgemeinde</translation>
    </message>
    <message>
        <source>Where the family will live: the name in French, Dutch or German, or the postcode.</source>
        <translation type="unfinished">Wo die Familie wohnen wird: der Name auf Französisch, Niederländisch oder Deutsch, oder die Postleitzahl.</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished">Ankunftsdatum</translation>
    </message>
    <message>
        <source>Arrival in the reception centre.</source>
        <translation type="unfinished">Ankunft im Aufnahmezentrum.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>A phone number, added to the family&apos;s contacts.</source>
        <translation type="unfinished">Eine Telefonnummer, zu den Kontaktdaten der Familie hinzugefügt.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>An e-mail address, added to the family&apos;s contacts.</source>
        <translation type="unfinished">Eine E-Mail-Adresse, zu den Kontaktdaten der Familie hinzugefügt.</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation type="unfinished">Nationalregisternummer</translation>
    </message>
    <message>
        <source>Belgian national register or BIS number, checked against the birth date.</source>
        <translation type="unfinished">Belgische Nationalregister- oder BIS-Nummer, mit dem Geburtsdatum geprüft.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Aktenzeichen</translation>
    </message>
    <message>
        <source>The family&apos;s case number; a new one is given when it is empty.</source>
        <translation type="unfinished">Das Aktenzeichen der Familie; ein neues wird vergeben, wenn es leer ist.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>Text added to the family&apos;s notes (not confidential).</source>
        <translation type="unfinished">Text, der den Notizen der Familie hinzugefügt wird (nicht vertraulich).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import families</source>
        <translation type="unfinished">Familien importieren</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished">Die Datei zum Importieren</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one row per person and a header row. Rows with the same family key become one family.</source>
        <translation type="unfinished">Eine CSV- oder Excel-Datei (.xlsx) mit einer Zeile pro Person und einer Kopfzeile. Zeilen mit demselben Familienschlüssel werden eine Familie.</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">Dat&amp;ei:</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Datei</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file</source>
        <translation type="unfinished">Wählen Sie eine .csv- oder .xlsx-Datei</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation type="unfinished">A&amp;uswählen…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished">&amp;Blatt:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished">Blatt</translation>
    </message>
    <message>
        <source>Reception &amp;centre:</source>
        <translation type="unfinished">Aufnahmeze&amp;ntrum:</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">Aufnahmezentrum</translation>
    </message>
    <message>
        <source>Social &amp;worker:</source>
        <translation type="unfinished">S&amp;ozialarbeiter(in):</translation>
    </message>
    <message>
        <source>Social worker who follows the families</source>
        <translation type="unfinished">Sozialarbeiter(in), der bzw. die die Familien begleitet</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished">Spalten</translation>
    </message>
    <message>
        <source>What each column of the file holds. The headers were recognised where they could be; choose a column, then what it is imported as.</source>
        <translation type="unfinished">Was jede Spalte der Datei enthält. Die Überschriften wurden erkannt, wo es möglich war; wählen Sie eine Spalte und dann, als was sie importiert wird.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished">Spalten der Datei</translation>
    </message>
    <message>
        <source>One row per column of the file: its header, example values and what it is imported as. Choose a row with the arrow keys, then change what it is imported as in the field below.</source>
        <translation type="unfinished">Eine Zeile pro Spalte der Datei: ihre Überschrift, Beispielwerte und als was sie importiert wird. Wählen Sie eine Zeile mit den Pfeiltasten und ändern Sie darunter, als was sie importiert wird.</translation>
    </message>
    <message>
        <source>&amp;Imported as:</source>
        <translation type="unfinished">&amp;Importiert als:</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished">Importiert als</translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation type="unfinished">Gespeicherte Zu&amp;ordnungen:</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation type="unfinished">Gespeicherte Zuordnungen</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished">&amp;Verwenden</translation>
    </message>
    <message>
        <source>Sa&amp;ve this mapping…</source>
        <translation type="unfinished">Diese Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished">Vorschau</translation>
    </message>
    <message>
        <source>The first rows as they will be stored: dates, nationalities and municipalities as the application read them, and the families they make.</source>
        <translation type="unfinished">Die ersten Zeilen so, wie sie gespeichert werden: Datumsangaben, Staatsangehörigkeiten und Gemeinden, wie die Anwendung sie gelesen hat, und die Familien, die sie bilden.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished">Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>One row per person as it will be stored, with the number of its family and the row number in the file. Read only.</source>
        <translation type="unfinished">Eine Zeile pro Person, wie sie gespeichert wird, mit der Nummer ihrer Familie und der Zeilennummer in der Datei. Nur lesen.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">Prüfung</translation>
    </message>
    <message>
        <source>Every row is checked with the rules of a family entered by hand; nothing is written yet.</source>
        <translation type="unfinished">Jede Zeile wird mit den Regeln einer von Hand eingegebenen Familie geprüft; noch wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation type="unfinished">Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>&amp;Rejected rows:</source>
        <translation type="unfinished">A&amp;bgelehnte Zeilen:</translation>
    </message>
    <message>
        <source>Every rejected row: its number in the file, the column, the field and the reason. Copy or save the list to correct the file.</source>
        <translation type="unfinished">Jede abgelehnte Zeile: ihre Nummer in der Datei, die Spalte, das Feld und der Grund. Kopieren oder speichern Sie die Liste, um die Datei zu berichtigen.</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation type="unfinished">Liste &amp;kopieren</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation type="unfinished">Als CS&amp;V speichern…</translation>
    </message>
    <message>
        <source>Import the other families &amp;without the rejected rows</source>
        <translation type="unfinished">Die anderen Familien &amp;ohne die abgelehnten Zeilen importieren</translation>
    </message>
    <message>
        <source>&amp;Duplicates (people already recorded):</source>
        <translation type="unfinished">&amp;Duplikate (bereits erfasste Personen):</translation>
    </message>
    <message>
        <source>Families of the file with a person already recorded: the row, the family it matches, how it matched and what will be done. Choose a row, then skip or merge it below.</source>
        <translation type="unfinished">Familien der Datei mit einer bereits erfassten Person: die Zeile, die passende Familie, wie sie übereinstimmt und was geschehen wird. Wählen Sie eine Zeile und überspringen Sie sie darunter oder führen Sie sie zusammen.</translation>
    </message>
    <message>
        <source>This d&amp;uplicate:</source>
        <translation type="unfinished">Dieses D&amp;uplikat:</translation>
    </message>
    <message>
        <source>What to do with the chosen duplicate</source>
        <translation type="unfinished">Was mit dem gewählten Duplikat geschieht</translation>
    </message>
    <message>
        <source>&amp;All duplicates:</source>
        <translation type="unfinished">&amp;Alle Duplikate:</translation>
    </message>
    <message>
        <source>What to do with every duplicate</source>
        <translation type="unfinished">Was mit jedem Duplikat geschieht</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation type="unfinished">E&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>Merge adds what the recorded family does not have yet (missing members, dates, nationality, languages, contacts, notes, the decision if it has none) and never changes what is recorded. Skip leaves the family of the file out.</source>
        <translation type="unfinished">Zusammenführen fügt hinzu, was die erfasste Familie noch nicht hat (fehlende Mitglieder, Daten, Staatsangehörigkeit, Sprachen, Kontaktdaten, Notizen, die Entscheidung, wenn sie keine hat), und ändert nie, was erfasst ist. Überspringen lässt die Familie der Datei weg.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">Importieren</translation>
    </message>
    <message>
        <source>Everything is written at once: if the import is cancelled or fails, nothing is imported.</source>
        <translation type="unfinished">Alles wird auf einmal geschrieben: Wird der Import abgebrochen oder schlägt er fehl, wird nichts importiert.</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation type="unfinished">Fortschritt des Imports</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished">Datei zum Importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt)</source>
        <translation type="unfinished">Tabellen (*.csv *.xlsx *.xlsm *.txt)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation type="unfinished">Die Zuordnung speichern</translation>
    </message>
    <message>
        <source>Name of the mapping (e.g. the program the file comes from):</source>
        <translation type="unfinished">Name der Zuordnung (zum Beispiel das Programm, aus dem die Datei stammt):</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished">Die abgelehnten Zeilen speichern</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation type="unfinished">abgelehnte-zeilen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished">(nicht importiert)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ja</translation>
    </message>
    <message>
        <source>No, abroad</source>
        <translation type="unfinished">Nein, im Ausland</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Importieren</translation>
    </message>
    <message>
        <source>Skip (leave the file&apos;s family out)</source>
        <translation type="unfinished">Überspringen (die Familie der Datei weglassen)</translation>
    </message>
    <message>
        <source>Merge (add what is missing)</source>
        <translation type="unfinished">Zusammenführen (hinzufügen, was fehlt)</translation>
    </message>
    <message>
        <source>(no centre)</source>
        <translation type="unfinished">(kein Zentrum)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished">(noch niemand)</translation>
    </message>
    <message>
        <source>This file cannot be opened.</source>
        <translation type="unfinished">Diese Datei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>CSV file, {encoding}, separator “{separator}”</source>
        <translation type="unfinished">CSV-Datei, {encoding}, Trennzeichen „{separator}“</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation type="unfinished">Excel-Arbeitsmappe, Blatt „{sheet}“</translation>
    </message>
    <message numerus="yes">
        <source>{how}: %n rows under the header (row {header}); {recognised} of {columns} columns recognised.</source>
        <translation type="unfinished">
            <numerusform>{how}: %n Zeile unter der Kopfzeile (Zeile {header}); {recognised} von {columns} Spalten erkannt.</numerusform>
            <numerusform>{how}: %n Zeilen unter der Kopfzeile (Zeile {header}); {recognised} von {columns} Spalten erkannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">Spalte</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished">Beispiele</translation>
    </message>
    <message>
        <source>Imported as, for the column {column}</source>
        <translation type="unfinished">Importiert als, für die Spalte {column}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished">Zeile</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Familie</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished">Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in {families} families; the first {shown} are shown. Rows of one family have the same number.</source>
        <translation type="unfinished">
            <numerusform>%n Zeile in {families} Familien; die ersten {shown} werden gezeigt. Zeilen einer Familie haben dieselbe Nummer.</numerusform>
            <numerusform>%n Zeilen in {families} Familien; die ersten {shown} werden gezeigt. Zeilen einer Familie haben dieselbe Nummer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished">Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">Feld</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Grund</translation>
    </message>
    <message>
        <source>same national register number</source>
        <translation type="unfinished">dieselbe Nationalregisternummer</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation type="unfinished">derselbe Name und dasselbe Geburtsdatum</translation>
    </message>
    <message>
        <source>same case number</source>
        <translation type="unfinished">dasselbe Aktenzeichen</translation>
    </message>
    <message>
        <source>row {row} of this file</source>
        <translation type="unfinished">Zeile {row} dieser Datei</translation>
    </message>
    <message>
        <source>recorded family {case}</source>
        <translation type="unfinished">erfasste Familie {case}</translation>
    </message>
    <message>
        <source>several recorded families: always skipped</source>
        <translation type="unfinished">mehrere erfasste Familien: immer übersprungen</translation>
    </message>
    <message>
        <source>a family you cannot change: always skipped</source>
        <translation type="unfinished">eine Familie, die Sie nicht ändern dürfen: immer übersprungen</translation>
    </message>
    <message>
        <source>Already recorded as</source>
        <translation type="unfinished">Bereits erfasst als</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Wie</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished">Was geschehen wird</translation>
    </message>
    <message>
        <source>You changed a choice: check again to see what will be imported.</source>
        <translation type="unfinished">Sie haben eine Wahl geändert: Prüfen Sie erneut, um zu sehen, was importiert wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in {families} families.</source>
        <translation type="unfinished">
            <numerusform>%n Zeile in {families} Familien.</numerusform>
            <numerusform>%n Zeilen in {families} Familien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are rejected (listed below, with the reason).</source>
        <translation type="unfinished">
            <numerusform>%n Zeile wird abgelehnt (unten aufgeführt, mit dem Grund).</numerusform>
            <numerusform>%n Zeilen werden abgelehnt (unten aufgeführt, mit dem Grund).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families have a person who is already recorded.</source>
        <translation type="unfinished">
            <numerusform>%n Familie hat eine Person, die bereits erfasst ist.</numerusform>
            <numerusform>%n Familien haben eine Person, die bereits erfasst ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported while rows are rejected: correct the file and choose it again, or import the other families without them.</source>
        <translation type="unfinished">Solange Zeilen abgelehnt werden, kann nichts importiert werden: Berichtigen Sie die Datei und wählen Sie sie erneut, oder importieren Sie die anderen Familien ohne diese Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n families will be imported.</source>
        <translation type="unfinished">
            <numerusform>%n Familie wird importiert.</numerusform>
            <numerusform>%n Familien werden importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded families will be completed.</source>
        <translation type="unfinished">
            <numerusform>%n erfasste Familie wird ergänzt.</numerusform>
            <numerusform>%n erfasste Familien werden ergänzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation type="unfinished">Es gibt nichts Neues zu importieren.</translation>
    </message>
    <message>
        <source>The list could not be saved there. Choose another folder.</source>
        <translation type="unfinished">Die Liste konnte dort nicht gespeichert werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished">Import läuft…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished">Abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has rejected rows.</source>
        <translation type="unfinished">Es wurde nichts importiert: Die Datei hat abgelehnte Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n families imported</source>
        <translation type="unfinished">
            <numerusform>%n Familie importiert</numerusform>
            <numerusform>%n Familien importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n persons).</source>
        <translation type="unfinished">
            <numerusform>(%n Person).</numerusform>
            <numerusform>(%n Personen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded families completed.</source>
        <translation type="unfinished">
            <numerusform>%n erfasste Familie ergänzt.</numerusform>
            <numerusform>%n erfasste Familien ergänzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped.</source>
        <translation type="unfinished">
            <numerusform>%n Duplikat übersprungen.</numerusform>
            <numerusform>%n Duplikate übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows left out.</source>
        <translation type="unfinished">
            <numerusform>%n abgelehnte Zeile weggelassen.</numerusform>
            <numerusform>%n abgelehnte Zeilen weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished">Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Wird abgebrochen…</translation>
    </message>
    <message>
        <source>&amp;Import families…</source>
        <translation type="unfinished">Familien i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Bring families in from a CSV or Excel file</source>
        <translation type="unfinished">Familien aus einer CSV- oder Excel-Datei übernehmen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished">Wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>In transition</source>
        <translation type="unfinished">Im Übergang</translation>
    </message>
    <message>
        <source>Left the centre</source>
        <translation type="unfinished">Hat das Zentrum verlassen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Abgeschlossen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished">Archiviert</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished">Haushaltsvorstand</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished">Ehepartner(in)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Partner(in)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished">Elternteil</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished">Bruder oder Schwester</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Andere</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">Männlich</translation>
    </message>
    <message>
        <source>Other / not stated</source>
        <translation type="unfinished">Divers / nicht angegeben</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation type="unfinished">Flüchtlingsstatus</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation type="unfinished">Subsidiärer Schutz</translation>
    </message>
    <message>
        <source>CGRS (Commissioner General)</source>
        <translation type="unfinished">GKFS (Generalkommissariat für Flüchtlinge und Staatenlose)</translation>
    </message>
    <message>
        <source>CALL (Council for Alien Law Litigation)</source>
        <translation type="unfinished">RAS (Rat für Ausländerstreitsachen)</translation>
    </message>
    <message>
        <source>A card (limited stay)</source>
        <translation type="unfinished">A-Karte (befristeter Aufenthalt)</translation>
    </message>
    <message>
        <source>B card (unlimited stay)</source>
        <translation type="unfinished">B-Karte (unbefristeter Aufenthalt)</translation>
    </message>
    <message>
        <source>Annex 15 (temporary proof)</source>
        <translation type="unfinished">Anlage 15 (vorläufiger Nachweis)</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished">Anderes Dokument</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
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
        <translation type="unfinished">Lokale Aufnahmeinitiative (LAI)</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished">NRO</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished">Neutral</translation>
    </message>
    <message>
        <source>Feminine</source>
        <translation type="unfinished">Weiblich</translation>
    </message>
    <message>
        <source>Masculine</source>
        <translation type="unfinished">Männlich</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished">Dari</translation>
    </message>
    <message>
        <source>Own housing</source>
        <extracomment>How a family left the centre, in the order offered (labels of ``domain.enums.ExitMode``).</extracomment>
        <translation type="unfinished">Eigene Wohnung</translation>
    </message>
    <message>
        <source>With family or friends</source>
        <translation type="unfinished">Bei Familie oder Freunden</translation>
    </message>
    <message>
        <source>Transit housing</source>
        <translation type="unfinished">Übergangswohnung</translation>
    </message>
    <message>
        <source>Emergency shelter</source>
        <translation type="unfinished">Notunterkunft</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Unbekannt</translation>
    </message>
</context>
<context>
    <name>LeaveCentreDialog</name>
    <message>
        <source>The family leaves the centre</source>
        <translation type="unfinished">Die Familie verlässt das Zentrum</translation>
    </message>
    <message>
        <source>The case becomes “left”: the steps of leaving the centre are no longer due, the follow-up steps (papers, CPAS/OCMW, housing, integration) stay on the lists.</source>
        <translation type="unfinished">Der Fall wird „ausgezogen“: Die Schritte des Auszugs aus dem Zentrum sind nicht mehr fällig, die Folgeschritte (Papiere, ÖSHZ, Wohnung, Integration) bleiben auf den Listen.</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation type="unfinished">&amp;Ausgezogen am</translation>
    </message>
    <message>
        <source>The day the family left the centre: today or earlier, not before the decision.</source>
        <translation type="unfinished">Der Tag, an dem die Familie das Zentrum verlassen hat: heute oder früher, nicht vor der Entscheidung.</translation>
    </message>
    <message>
        <source>&amp;How they left</source>
        <translation type="unfinished">&amp;Wie ausgezogen</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">Zu korrigierende Probleme</translation>
    </message>
    <message>
        <source>Record the &amp;exit</source>
        <translation type="unfinished">Auszug &amp;erfassen</translation>
    </message>
    <message>
        <source>{case}: the family leaves the centre</source>
        <translation type="unfinished">{case}: Die Familie verlässt das Zentrum</translation>
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
        <translation type="unfinished">&amp;Sprache der Behörde</translation>
    </message>
    <message>
        <source>&amp;Family copy in</source>
        <translation type="unfinished">Kopie für die &amp;Familie auf</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation type="unfinished">&amp;Gestaltung</translation>
    </message>
    <message>
        <source>Details for this letter</source>
        <translation type="unfinished">Angaben für diesen Brief</translation>
    </message>
    <message>
        <source>Add&amp;ressee</source>
        <translation type="unfinished">Empf&amp;änger</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished">Empfänger</translation>
    </message>
    <message>
        <source>Name, then one line per address line</source>
        <translation type="unfinished">Name, dann eine Zeile pro Adresszeile</translation>
    </message>
    <message>
        <source>Values marked “from the family file” come from the new dwelling recorded there; a change made here is for this letter only until you save it to the family file.</source>
        <translation type="unfinished">Mit „aus der Familienakte“ markierte Werte stammen von der dort erfassten neuen Wohnung; eine Änderung hier gilt nur für diesen Brief, bis Sie sie in der Familienakte speichern.</translation>
    </message>
    <message>
        <source>&amp;Save to the family file</source>
        <translation type="unfinished">&amp;In der Familienakte speichern</translation>
    </message>
    <message>
        <source>Record the address, moving-in date, rent, guarantee and landlord in the family file, so that every letter is prefilled with them</source>
        <translation type="unfinished">Adresse, Einzugsdatum, Miete, Kaution und Vermieter in der Familienakte speichern, damit jeder Brief damit vorausgefüllt ist</translation>
    </message>
    <message>
        <source>What to correct before the letter can be made</source>
        <translation type="unfinished">Was korrigiert werden muss, bevor der Brief erstellt werden kann</translation>
    </message>
    <message>
        <source>No family copy</source>
        <extracomment>recipient kinds without a usual addressee: the dialog asks for it (a landlord: the recorded one) where a problem of the dwelling record (``FamilyService.set_dwelling``) shows in this dialog frames a field the letter still needs, with its message under it (which says so in words)</extracomment>
        <translation type="unfinished">Keine Kopie für die Familie</translation>
    </message>
    <message>
        <source>Family copy after the letter</source>
        <translation type="unfinished">Kopie für die Familie nach dem Brief</translation>
    </message>
    <message>
        <source>Family copy on a new page</source>
        <translation type="unfinished">Kopie für die Familie auf einer neuen Seite</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished">&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Postal address of the addressee</source>
        <translation type="unfinished">Postanschrift des Empfängers</translation>
    </message>
    <message>
        <source>Street and number, then postcode and municipality</source>
        <translation type="unfinished">Straße und Hausnummer, dann Postleitzahl und Gemeinde</translation>
    </message>
    <message>
        <source>Also save this address in the directory</source>
        <translation type="unfinished">Diese Anschrift auch im Verzeichnis speichern</translation>
    </message>
    <message>
        <source>Reason to send it without the family’s consent</source>
        <translation type="unfinished">Grund für den Versand ohne Einwilligung der Familie</translation>
    </message>
    <message>
        <source>At least {n} characters, no names or health details (kept in the audit log)</source>
        <translation type="unfinished">Mindestens {n} Zeichen, keine Namen oder Gesundheitsangaben (wird im Prüfprotokoll gespeichert)</translation>
    </message>
    <message>
        <source>Address it to {cpas}</source>
        <translation type="unfinished">An {cpas} richten</translation>
    </message>
    <message>
        <source>{label} (optional)</source>
        <translation type="unfinished">{label} (freiwillig)</translation>
    </message>
    <message>
        <source>from the family file</source>
        <translation type="unfinished">aus der Familienakte</translation>
    </message>
    <message>
        <source>changed for this letter</source>
        <translation type="unfinished">für diesen Brief geändert</translation>
    </message>
    <message>
        <source>One line per address line</source>
        <translation type="unfinished">Eine Zeile pro Adresszeile</translation>
    </message>
    <message>
        <source>The wording of this letter in {language} is a draft: a jurist has not yet reviewed it. Read it carefully before you send it; the letter itself does not say so.</source>
        <translation type="unfinished">Der Wortlaut dieses Briefes auf {language} ist ein Entwurf: ein Jurist hat ihn noch nicht geprüft. Lesen Sie ihn sorgfältig, bevor Sie ihn versenden; der Brief selbst sagt das nicht.</translation>
    </message>
    <message>
        <source>The family copy in this language is a draft translation, not yet reviewed; it is marked as such on the page.</source>
        <translation type="unfinished">Die Kopie für die Familie in dieser Sprache ist ein Übersetzungsentwurf, noch nicht geprüft; sie ist auf der Seite als solcher gekennzeichnet.</translation>
    </message>
    <message>
        <source>The family file was not changed:</source>
        <translation type="unfinished">Die Familienakte wurde nicht geändert:</translation>
    </message>
    <message>
        <source>Saved to the family file: every letter is prefilled with these details.</source>
        <translation type="unfinished">In der Familienakte gespeichert: Jeder Brief wird mit diesen Angaben vorausgefüllt.</translation>
    </message>
    <message>
        <source>The letter cannot be made yet:</source>
        <translation type="unfinished">Der Brief kann noch nicht erstellt werden:</translation>
    </message>
    <message>
        <source>Fill in the fields framed in red above.</source>
        <translation type="unfinished">Füllen Sie die rot umrandeten Felder oben aus.</translation>
    </message>
    <message>
        <source>The address was saved in the directory.</source>
        <translation type="unfinished">Die Anschrift wurde im Verzeichnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Family list</source>
        <translation type="unfinished">Familienliste</translation>
    </message>
    <message>
        <source>Steps due within {days} days or overdue</source>
        <translation type="unfinished">Schritte fällig innerhalb von {days} Tagen oder überfällig</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished">Übersicht</translation>
    </message>
    <message>
        <source>{what} — {date}</source>
        <translation type="unfinished">{what} — {date}</translation>
    </message>
    <message>
        <source>Families: every family (exported by {name}, coordinator)</source>
        <translation type="unfinished">Familien: alle Familien (exportiert von {name}, Koordination)</translation>
    </message>
    <message>
        <source>Families: those of {centre} and those {name} follows or recorded</source>
        <translation type="unfinished">Familien: die von {centre} und die, die {name} betreut oder erfasst hat</translation>
    </message>
    <message>
        <source>Families: those {name} follows or recorded</source>
        <translation type="unfinished">Familien: die, die {name} betreut oder erfasst hat</translation>
    </message>
    <message>
        <source>Families: those assigned to {name} (admin buddy; without the protection decision)</source>
        <translation type="unfinished">Familien: die {name} zugewiesenen (administrative Begleitperson; ohne die Schutzentscheidung)</translation>
    </message>
    <message>
        <source>No filter</source>
        <translation type="unfinished">Kein Filter</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation type="unfinished">Filter: {filters}</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation type="unfinished">Suche „{text}“</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation type="unfinished">Status: {status}</translation>
    </message>
    <message>
        <source>every status but archived</source>
        <translation type="unfinished">jeder Status außer archiviert</translation>
    </message>
    <message>
        <source>social worker: {name}</source>
        <translation type="unfinished">Sozialarbeiter: {name}</translation>
    </message>
    <message>
        <source>every worker</source>
        <translation type="unfinished">alle Sozialarbeiter</translation>
    </message>
    <message>
        <source>nationality: {name}</source>
        <translation type="unfinished">Staatsangehörigkeit: {name}</translation>
    </message>
    <message>
        <source>language: {name}</source>
        <translation type="unfinished">Sprache: {name}</translation>
    </message>
    <message>
        <source>track: {name}</source>
        <translation type="unfinished">Bereich: {name}</translation>
    </message>
    <message>
        <source>due within {days} days</source>
        <translation type="unfinished">fällig innerhalb von {days} Tagen</translation>
    </message>
    <message>
        <source>the first {n} families</source>
        <translation type="unfinished">die ersten {n} Familien</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Aktenzeichen</translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished">Haushalt</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Mitglieder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">Sozialarbeiter</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation type="unfinished">Staatsangehörigkeiten</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Sprachen</translation>
    </message>
    <message>
        <source>Destination municipality</source>
        <translation type="unfinished">Zielgemeinde</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished">Ankunft</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished">Entscheidungsdatum</translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation type="unfinished">Schutzstatus</translation>
    </message>
    <message>
        <source>Leave reception by</source>
        <translation type="unfinished">Die Aufnahme verlassen bis</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished">Verbleibende Tage</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Fällig</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation type="unfinished">War fällig am</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished">Tage Verzug</translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished">Bereich</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Schritt</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation type="unfinished">Status des Schritts</translation>
    </message>
    <message>
        <source>Open steps</source>
        <translation type="unfinished">Offene Schritte</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation type="unfinished">Überfällige Schritte</translation>
    </message>
    <message>
        <source>Favourable window ends</source>
        <translation type="unfinished">Günstige Frist endet</translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished">Antrag</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished">Kennzahl</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished">Anzahl</translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished">Familien</translation>
    </message>
    <message>
        <source>Due steps</source>
        <translation type="unfinished">Fällige Schritte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Zusammenfassung</translation>
    </message>
    <message>
        <source>Families by days left</source>
        <translation type="unfinished">Familien nach verbleibenden Tagen</translation>
    </message>
    <message>
        <source>Reunification windows</source>
        <translation type="unfinished">Fristen der Zusammenführung</translation>
    </message>
    <message>
        <source>Families still in reception</source>
        <translation type="unfinished">Familien noch in der Aufnahme</translation>
    </message>
    <message>
        <source>Steps due within {days} days</source>
        <translation type="unfinished">Schritte fällig innerhalb von {days} Tagen</translation>
    </message>
    <message>
        <source>Family reunification windows closing within {days} days</source>
        <translation type="unfinished">Fristen der Familienzusammenführung, die innerhalb von {days} Tagen enden</translation>
    </message>
    <message>
        <source>Days left before leaving reception: {bucket}</source>
        <translation type="unfinished">Verbleibende Tage bis zum Verlassen der Aufnahme: {bucket}</translation>
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
        <translation type="unfinished">Suche nach Name, Aktenzeichen oder Sozialarbeiter (Strg+F)</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation type="unfinished">Familien suchen</translation>
    </message>
    <message>
        <source>The list below shows only the families that match, as you type. Ctrl+F comes back here.</source>
        <translation type="unfinished">Die Liste unten zeigt nur die Familien, die passen, schon während Sie tippen. Strg+F bringt Sie hierher zurück.</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by social worker</source>
        <translation type="unfinished">Nach Sozialarbeiter filtern</translation>
    </message>
    <message>
        <source>Filter by nationality</source>
        <translation type="unfinished">Nach Staatsangehörigkeit filtern</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation type="unfinished">Nach Sprache filtern</translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished">Familien</translation>
    </message>
    <message>
        <source>The selected family is shown beside the list. Enter or a double click opens it for editing.</source>
        <translation type="unfinished">Die gewählte Familie wird neben der Liste angezeigt. Die Eingabetaste oder ein Doppelklick öffnet sie zum Bearbeiten.</translation>
    </message>
    <message>
        <source>No family selected</source>
        <translation type="unfinished">Keine Familie ausgewählt</translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished">Haushalt</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished">Haushaltsmitglieder</translation>
    </message>
    <message>
        <source>One row per member of the selected family. Edit the family (Ctrl+E) to change them.</source>
        <translation type="unfinished">Eine Zeile pro Mitglied der gewählten Familie. Bearbeiten Sie die Familie (Strg+E), um sie zu ändern.</translation>
    </message>
    <message>
        <source>Protection decision</source>
        <translation type="unfinished">Schutzentscheidung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished">Entschieden von</translation>
    </message>
    <message>
        <source>Asylum application</source>
        <translation type="unfinished">Asylantrag</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">Entscheidung</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished">Zustellung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Referenz</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">Checkliste</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakte</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished">Kontaktdaten</translation>
    </message>
    <message>
        <source>Phone numbers, e-mail addresses and other contacts of the selected family.</source>
        <translation type="unfinished">Telefonnummern, E-Mail-Adressen und andere Kontakte der gewählten Familie.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>Notes about the selected family, newest first.</source>
        <translation type="unfinished">Notizen zur gewählten Familie, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Write a note about this family…</source>
        <translation type="unfinished">Schreiben Sie eine Notiz zu dieser Familie…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished">Neue Notiz</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note.</source>
        <translation type="unfinished">Strg+Eingabe fügt die Notiz hinzu.</translation>
    </message>
    <message>
        <source>&amp;Confidential (social workers only)</source>
        <translation type="unfinished">&amp;Vertraulich (nur Sozialarbeiter)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished">&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished">Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation type="unfinished">&amp;Neue Familie…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished">Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit family…</source>
        <translation type="unfinished">Familie bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished">Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Archive closed case…</source>
        <translation type="unfinished">Abgeschlossene Akte &amp;archivieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished">Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find family</source>
        <translation type="unfinished">Familie &amp;suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished">Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished">F5</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished">Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished">Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About Transition Assistant</source>
        <translation type="unfinished">Ü&amp;ber Transition Assistant</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Exit support for families leaving Belgian reception centres.&lt;/p&gt;&lt;p&gt;Municipality and postcode data: FPS BOSA, BeST Address open data, licensed CC BY 4.0.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Begleitung beim Auszug für Familien, die belgische Aufnahmezentren verlassen.&lt;/p&gt;&lt;p&gt;Daten zu Gemeinden und Postleitzahlen: FÖD BOSA, offene Daten BeST Address, lizenziert unter CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished">Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Loading families…</source>
        <translation type="unfinished">Familien werden geladen…</translation>
    </message>
    <message>
        <source>All but archived</source>
        <translation type="unfinished">Alle außer archivierten</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished">Alle Sozialarbeiter</translation>
    </message>
    <message>
        <source>All nationalities</source>
        <translation type="unfinished">Alle Staatsangehörigkeiten</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished">Alle Sprachen</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln families</source>
        <translation type="unfinished">
            <numerusform>{shown} von %Ln Familie</numerusform>
            <numerusform>{shown} von %Ln Familien</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a family in the list, or create one with File ▸ New family.</source>
        <translation type="unfinished">Wählen Sie eine Familie in der Liste oder legen Sie mit Datei ▸ Neue Familie eine an.</translation>
    </message>
    <message>
        <source>worker: {name}</source>
        <translation type="unfinished">Sozialarbeiter: {name}</translation>
    </message>
    <message>
        <source>No decision recorded yet</source>
        <translation type="unfinished">Noch keine Entscheidung erfasst</translation>
    </message>
    <message>
        <source>[confidential] </source>
        <translation type="unfinished">[vertraulich] </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished">Beziehung</translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished">Geboren</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Sprachen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Wo</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation type="unfinished">Aufenthaltskarte</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished">bis {date}</translation>
    </message>
    <message>
        <source>In Belgium</source>
        <translation type="unfinished">In Belgien</translation>
    </message>
    <message>
        <source>Abroad (reunification)</source>
        <translation type="unfinished">Im Ausland (Familienzusammenführung)</translation>
    </message>
    <message>
        <source>Saved {case}.</source>
        <translation type="unfinished">{case} gespeichert.</translation>
    </message>
    <message>
        <source>Archive case</source>
        <translation type="unfinished">Akte archivieren</translation>
    </message>
    <message>
        <source>Archive the closed case {case}? It will no longer appear among active cases.</source>
        <translation type="unfinished">Die abgeschlossene Akte {case} archivieren? Sie erscheint dann nicht mehr bei den aktiven Akten.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished">Archivieren</translation>
    </message>
    <message>
        <source>About Transition Assistant</source>
        <translation type="unfinished">Über Transition Assistant</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation type="unfinished">Nicht hinzugefügte Notiz</translation>
    </message>
    <message>
        <source>You have written a note that is not added yet. Quit and discard it?</source>
        <translation type="unfinished">Sie haben eine Notiz geschrieben, die noch nicht hinzugefügt ist. Beenden und sie verwerfen?</translation>
    </message>
    <message>
        <source>Discard and quit</source>
        <translation type="unfinished">Verwerfen und beenden</translation>
    </message>
    <message>
        <source>Sign in to open the family files.</source>
        <translation type="unfinished">Melden Sie sich an, um die Akten der Familien zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Choose a family in the list first.</source>
        <translation type="unfinished">Wählen Sie zuerst eine Familie in der Liste.</translation>
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
        <translation type="unfinished">Etwas ist schiefgegangen, und die letzte Aktion wurde vielleicht nicht ausgeführt. Was Sie gespeichert hatten, ist sicher. Wenn es wieder passiert, informieren Sie Ihren Koordinator; die Protokolldatei enthält die technischen Einzelheiten.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>euros</source>
        <translation type="unfinished">Euro</translation>
    </message>
    <message>
        <source>“{text}” is not an amount in euros (e.g. {example}).</source>
        <translation type="unfinished">„{text}“ ist kein Betrag in Euro (z. B. {example}).</translation>
    </message>
    <message>
        <source>At most {max} euros.</source>
        <translation type="unfinished">Höchstens {max} Euro.</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <source>Name or postcode</source>
        <translation type="unfinished">Name oder Postleitzahl</translation>
    </message>
    <message>
        <source>includes {locality} ({postcode})</source>
        <translation type="unfinished">umfasst {locality} ({postcode})</translation>
    </message>
    <message>
        <source>Municipalities found</source>
        <translation type="unfinished">Gefundene Gemeinden</translation>
    </message>
    <message>
        <source>Type a name in French, Dutch or German, or a postcode; choose from the list with the arrow keys and Enter</source>
        <translation type="unfinished">Geben Sie einen Namen auf Deutsch, Französisch oder Niederländisch oder eine Postleitzahl ein; wählen Sie in der Liste mit den Pfeiltasten und Eingabe</translation>
    </message>
    <message>
        <source>Type a municipality&apos;s name in any of its languages, or a postcode; the municipalities found are listed below, Down and Enter choose one.</source>
        <translation type="unfinished">Geben Sie den Namen einer Gemeinde in einer ihrer Sprachen oder eine Postleitzahl ein; die gefundenen Gemeinden stehen darunter, Nach unten und Eingabe wählen eine.</translation>
    </message>
    <message>
        <source>No Belgian municipality is called “{text}” or has that postcode.</source>
        <translation type="unfinished">Keine belgische Gemeinde heißt „{text}“ oder hat diese Postleitzahl.</translation>
    </message>
    <message>
        <source>“{text}” could be {first} or another municipality: choose one from the list.</source>
        <translation type="unfinished">„{text}“ kann {first} oder eine andere Gemeinde sein: Wählen Sie eine aus der Liste.</translation>
    </message>
</context>
<context>
    <name>PostponeStepDialog</name>
    <message>
        <source>New due date for a step</source>
        <translation type="unfinished">Neues Fälligkeitsdatum für einen Schritt</translation>
    </message>
    <message>
        <source>New &amp;due date</source>
        <translation type="unfinished">Neues &amp;Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;Grund</translation>
    </message>
    <message>
        <source>e.g. the CPAS/OCMW has no appointment before then</source>
        <translation type="unfinished">z. B. das ÖSHZ hat vorher keinen Termin frei</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">Zu korrigierende Probleme</translation>
    </message>
    <message>
        <source>Back to the &amp;computed date</source>
        <translation type="unfinished">Zurück zum &amp;berechneten Datum</translation>
    </message>
    <message>
        <source>Due by the rules: {date}.</source>
        <translation type="unfinished">Fällig nach den Regeln: {date}.</translation>
    </message>
    <message>
        <source>The rules give this step no due date.</source>
        <translation type="unfinished">Die Regeln geben diesem Schritt kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Back to the computed date</source>
        <translation type="unfinished">Zurück zum berechneten Datum</translation>
    </message>
    <message>
        <source>Forget the due date set by hand ({date}) and its reason? The step is due on the date the rules compute again.</source>
        <translation type="unfinished">Das von Hand gesetzte Fälligkeitsdatum ({date}) und seinen Grund vergessen? Der Schritt ist wieder an dem Datum fällig, das die Regeln berechnen.</translation>
    </message>
    <message>
        <source>Use the computed date</source>
        <translation type="unfinished">Das berechnete Datum verwenden</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished">Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>This backup was made from another database. Enter that database&apos;s recovery key (14 groups of 4 letters and digits):</source>
        <translation type="unfinished">Diese Sicherung stammt von einer anderen Datenbank. Geben Sie den Wiederherstellungsschlüssel jener Datenbank ein (14 Gruppen zu je 4 Buchstaben und Ziffern):</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished">Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>Anonymise closed cases this many months after they were closed:</source>
        <translation type="unfinished">Abgeschlossene Akten so viele Monate nach ihrem Abschluss anonymisieren:</translation>
    </message>
    <message>
        <source>Export family data</source>
        <translation type="unfinished">Daten der Familie exportieren</translation>
    </message>
    <message>
        <source>The export holds every piece of personal data about case {case}, including national register numbers and confidential notes. Give it only to the family and keep the files safe. Continue?</source>
        <translation type="unfinished">Der Export enthält alle personenbezogenen Daten zur Akte {case}, einschließlich der Nationalregisternummern und vertraulichen Notizen. Geben Sie ihn nur der Familie und bewahren Sie die Dateien sicher auf. Fortfahren?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exported {case} to {json} and {pdf}.</source>
        <translation type="unfinished">{case} nach {json} und {pdf} exportiert.</translation>
    </message>
    <message>
        <source>Erase family data</source>
        <translation type="unfinished">Daten der Familie löschen</translation>
    </message>
    <message>
        <source>Erase the personal data of case {case} ({members} members) on request? Names, contacts, notes, consents and national register numbers are removed and dates made approximate; only counts stay for statistics. This cannot be undone.</source>
        <translation type="unfinished">Die personenbezogenen Daten der Akte {case} ({members} Mitglieder) auf Antrag löschen? Namen, Kontakte, Notizen, Einwilligungen und Nationalregisternummern werden entfernt und Datumsangaben vergröbert; nur Zahlen bleiben für die Statistik. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">Löschen</translation>
    </message>
    <message>
        <source>The data of {case} was erased.</source>
        <translation type="unfinished">Die Daten von {case} wurden gelöscht.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished">Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished">Datenbank sichern</translation>
    </message>
    <message>
        <source>Transition Assistant backups (*.tabackup);;All files (*)</source>
        <translation type="unfinished">Sicherungen von Transition Assistant (*.tabackup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <source>Backup written and checked: {file} ({families} families). It opens with this database&apos;s recovery key.</source>
        <translation type="unfinished">Sicherung geschrieben und geprüft: {file} ({families} Familien). Sie lässt sich mit dem Wiederherstellungsschlüssel dieser Datenbank öffnen.</translation>
    </message>
    <message>
        <source>All the current data will be replaced by the data of the backup {file}; changes made since the backup was written are lost. A safety copy of the current database is kept in the backups folder. Transition Assistant will then close and start again. Continue?</source>
        <translation type="unfinished">Alle aktuellen Daten werden durch die der Sicherung {file} ersetzt; Änderungen seit dem Schreiben der Sicherung gehen verloren. Eine Sicherheitskopie der aktuellen Datenbank wird im Ordner der Sicherungen aufbewahrt. Transition Assistant wird dann geschlossen und neu gestartet. Fortfahren?</translation>
    </message>
    <message>
        <source>Replace the data</source>
        <translation type="unfinished">Daten ersetzen</translation>
    </message>
    <message>
        <source>The backup was restored ({families} families). The previous data is kept in {copy}. Transition Assistant will now start again: sign in with your account of the restored data.</source>
        <translation type="unfinished">Die Sicherung wurde wiederhergestellt ({families} Familien). Die vorherigen Daten sind in {copy} aufbewahrt. Transition Assistant startet jetzt neu: Melden Sie sich mit Ihrem Konto der wiederhergestellten Daten an.</translation>
    </message>
    <message>
        <source>Closed cases are anonymised {months} months after they were closed; this is done at every start.</source>
        <translation type="unfinished">Abgeschlossene Akten werden {months} Monate nach ihrem Abschluss anonymisiert; dies geschieht bei jedem Start.</translation>
    </message>
    <message>
        <source>Cases due now: {count}.</source>
        <translation type="unfinished">Jetzt fällige Akten: {count}.</translation>
    </message>
    <message>
        <source>Retention of closed cases</source>
        <translation type="unfinished">Aufbewahrung abgeschlossener Akten</translation>
    </message>
    <message>
        <source>&amp;Anonymise now</source>
        <translation type="unfinished">Jetzt &amp;anonymisieren</translation>
    </message>
    <message>
        <source>Change the &amp;period…</source>
        <translation type="unfinished">&amp;Frist ändern…</translation>
    </message>
    <message>
        <source>{count} closed cases were anonymised.</source>
        <translation type="unfinished">{count} abgeschlossene Akten wurden anonymisiert.</translation>
    </message>
    <message>
        <source>C&amp;onsents…</source>
        <translation type="unfinished">Einw&amp;illigungen…</translation>
    </message>
    <message>
        <source>Admin &amp;buddies…</source>
        <translation type="unfinished">Administrative Begleit&amp;personen…</translation>
    </message>
    <message>
        <source>E&amp;xport family data (subject access)…</source>
        <translation type="unfinished">Daten der Familie e&amp;xportieren (Auskunftsrecht)…</translation>
    </message>
    <message>
        <source>E&amp;rase family data on request…</source>
        <translation type="unfinished">Daten der Familie auf Antrag &amp;löschen…</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation type="unfinished">Mein Pass&amp;wort ändern…</translation>
    </message>
    <message>
        <source>Back &amp;up database…</source>
        <translation type="unfinished">Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation type="unfinished">Aus einer Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished">V&amp;erwaltung</translation>
    </message>
    <message>
        <source>Reception &amp;centres…</source>
        <translation type="unfinished">Aufnahme&amp;zentren…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished">&amp;Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished">&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>&amp;Retention of closed cases…</source>
        <translation type="unfinished">&amp;Aufbewahrung abgeschlossener Akten…</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation type="unfinished">Angemeldet: {user} ({role})</translation>
    </message>
    <message>
        <source>Retention rule: {count} cases closed before {date} were anonymised.</source>
        <translation type="unfinished">Aufbewahrungsregel: {count} vor dem {date} abgeschlossene Akten wurden anonymisiert.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>The database is encrypted. This recovery key opens it on another computer, or here if the key or the passphrase is lost. It is shown only this once: write it down or print it now, and keep it somewhere safe, away from the computer.</source>
        <translation type="unfinished">Die Datenbank ist verschlüsselt. Dieser Wiederherstellungsschlüssel öffnet sie auf einem anderen Computer, oder hier, wenn der Schlüssel oder die Passphrase verloren ist. Er wird nur dieses eine Mal angezeigt: Schreiben Sie ihn jetzt auf oder drucken Sie ihn aus und bewahren Sie ihn an einem sicheren Ort auf, nicht beim Computer.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Kopieren</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation type="unfinished">Ich habe den Wiederherstellungsschlüssel &amp;aufgeschrieben oder ausgedruckt</translation>
    </message>
    <message>
        <source>Transition Assistant — recovery key of the database</source>
        <translation type="unfinished">Transition Assistant — Wiederherstellungsschlüssel der Datenbank</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">Koordinator</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">Sozialarbeiter</translation>
    </message>
    <message>
        <source>Admin buddy</source>
        <translation type="unfinished">Administrative Begleitperson</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished">Ihre Rolle erlaubt dies nicht.</translation>
    </message>
    <message>
        <source>This family is not among the families you follow.</source>
        <translation type="unfinished">Diese Familie gehört nicht zu den Familien, die Sie begleiten.</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation type="unfinished">Der Benutzername oder das Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again in {minutes} minutes, or ask a coordinator to unlock it.</source>
        <translation type="unfinished">Dieses Konto ist nach zu vielen falschen Passwörtern gesperrt. Versuchen Sie es in {minutes} Minuten erneut oder bitten Sie einen Koordinator, es zu entsperren.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation type="unfinished">Das aktuelle Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>A coordinator account already exists: sign in, or ask the coordinator for an account.</source>
        <translation type="unfinished">Ein Konto für einen Koordinator besteht bereits: Melden Sie sich an oder bitten Sie den Koordinator um ein Konto.</translation>
    </message>
    <message>
        <source>This is the last active coordinator account: create another coordinator first.</source>
        <translation type="unfinished">Dies ist das letzte aktive Konto eines Koordinators: Legen Sie zuerst einen weiteren Koordinator an.</translation>
    </message>
    <message>
        <source>This user does not exist (any more).</source>
        <translation type="unfinished">Dieser Benutzer existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished">Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
    </message>
    <message>
        <source>This person is not an active admin buddy.</source>
        <translation type="unfinished">Diese Person ist keine aktive administrative Begleitperson.</translation>
    </message>
    <message>
        <source>This buddy already accompanies this family.</source>
        <translation type="unfinished">Diese Begleitperson begleitet diese Familie bereits.</translation>
    </message>
    <message>
        <source>This buddy does not accompany this family.</source>
        <translation type="unfinished">Diese Begleitperson begleitet diese Familie nicht.</translation>
    </message>
    <message>
        <source>This family does not exist (any more).</source>
        <translation type="unfinished">Diese Familie existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>This checklist step does not exist (any more).</source>
        <translation type="unfinished">Dieser Schritt der Checkliste existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>This family has no protection decision yet: record the decision to get its checklist.</source>
        <translation type="unfinished">Für diese Familie ist noch keine Schutzentscheidung erfasst: Erfassen Sie die Entscheidung, um ihre Checkliste zu erhalten.</translation>
    </message>
    <message>
        <source>This step was changed by someone else since you opened the checklist. The checklist now shows their change; make yours again if it is still needed.</source>
        <translation type="unfinished">Dieser Schritt wurde von jemand anderem geändert, seit Sie die Checkliste geöffnet haben. Die Checkliste zeigt jetzt dessen Änderung; nehmen Sie Ihre erneut vor, wenn sie noch nötig ist.</translation>
    </message>
    <message>
        <source>The step could not be added: check its title and the steps it waits for.</source>
        <translation type="unfinished">Der Schritt konnte nicht hinzugefügt werden: Prüfen Sie seinen Titel und die Schritte, auf die er wartet.</translation>
    </message>
    <message>
        <source>Only a social worker can record that the family left the centre (or undo it): it changes the case&apos;s status. Tell the family&apos;s social worker the day they left and where they went.</source>
        <translation type="unfinished">Nur eine Sozialarbeiterin oder ein Sozialarbeiter kann erfassen, dass die Familie das Zentrum verlassen hat (oder das rückgängig machen): Es ändert den Status des Falls. Sagen Sie der zuständigen Person, an welchem Tag die Familie ausgezogen ist und wohin sie gegangen ist.</translation>
    </message>
    <message>
        <source>Only a step that is done has a done date: mark it done first.</source>
        <translation type="unfinished">Nur ein erledigter Schritt hat ein Erledigungsdatum: Markieren Sie ihn zuerst als erledigt.</translation>
    </message>
    <message>
        <source>Only an open step can get a new due date (this one is done or not applicable).</source>
        <translation type="unfinished">Nur ein offener Schritt kann ein neues Fälligkeitsdatum bekommen (dieser ist erledigt oder entfällt).</translation>
    </message>
    <message>
        <source>Only a step added by hand can be removed; mark a step of the checklist not applicable instead.</source>
        <translation type="unfinished">Nur ein von Hand hinzugefügter Schritt kann entfernt werden; markieren Sie einen Schritt der Checkliste stattdessen als entfallen.</translation>
    </message>
    <message>
        <source>This change is not in the checklist&apos;s history.</source>
        <translation type="unfinished">Diese Änderung steht nicht im Verlauf der Checkliste.</translation>
    </message>
    <message>
        <source>This kind of change cannot be undone.</source>
        <translation type="unfinished">Diese Art von Änderung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This change was already undone.</source>
        <translation type="unfinished">Diese Änderung wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>You can only undo your own changes.</source>
        <translation type="unfinished">Sie können nur Ihre eigenen Änderungen rückgängig machen.</translation>
    </message>
    <message>
        <source>This change can no longer be undone: the step (or the family) was changed again since. The checklist now shows what it is now.</source>
        <translation type="unfinished">Diese Änderung kann nicht mehr rückgängig gemacht werden: Der Schritt (oder die Familie) wurde seitdem erneut geändert. Die Checkliste zeigt jetzt den aktuellen Stand.</translation>
    </message>
    <message>
        <source>This family was changed by someone else since you opened it. Reopen it to see the changes, then make yours again.</source>
        <translation type="unfinished">Diese Familie wurde von jemand anderem geändert, seit Sie sie geöffnet haben. Öffnen Sie sie erneut, um die Änderungen zu sehen, und nehmen Sie dann Ihre erneut vor.</translation>
    </message>
    <message>
        <source>Only a closed case can be archived.</source>
        <translation type="unfinished">Nur eine abgeschlossene Akte kann archiviert werden.</translation>
    </message>
    <message>
        <source>This consent record does not exist (any more).</source>
        <translation type="unfinished">Diese Einwilligung existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation type="unfinished">Diese Einwilligung wurde bereits widerrufen.</translation>
    </message>
    <message>
        <source>This family&apos;s data was already erased.</source>
        <translation type="unfinished">Die Daten dieser Familie wurden bereits gelöscht.</translation>
    </message>
    <message>
        <source>Choose who the dossier is for.</source>
        <extracomment>The minimum each recipient needs; never the confidential notes. What a recipient may never get, whatever is ticked (a buddy: see access.permissions). Recipients that get national register and residence card numbers (they register the family).</extracomment>
        <translation type="unfinished">Wählen Sie, für wen das Dossier ist.</translation>
    </message>
    <message>
        <source>The dossier has no such section.</source>
        <translation type="unfinished">Das Dossier hat keinen solchen Abschnitt.</translation>
    </message>
    <message>
        <source>This recipient may not receive protection details or confidential notes.</source>
        <translation type="unfinished">Dieser Empfänger darf keine Angaben zum Schutz und keine vertraulichen Notizen erhalten.</translation>
    </message>
    <message>
        <source>Choose at least one section for the dossier.</source>
        <translation type="unfinished">Wählen Sie mindestens einen Abschnitt für das Dossier.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished">Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>The family has not given its consent to share a handover dossier with this recipient. Record the consent first, or give the reason why the dossier must be shared anyway.</source>
        <translation type="unfinished">Die Familie hat nicht eingewilligt, ein Übergabedossier an diesen Empfänger weiterzugeben. Erfassen Sie zuerst die Einwilligung oder geben Sie den Grund an, warum das Dossier trotzdem weitergegeben werden muss.</translation>
    </message>
    <message>
        <source>Confidential notes may be shared only when the family&apos;s consent for this recipient names them.</source>
        <translation type="unfinished">Vertrauliche Notizen dürfen nur weitergegeben werden, wenn die Einwilligung der Familie für diesen Empfänger sie nennt.</translation>
    </message>
    <message>
        <source>The dossier cannot be written in this language.</source>
        <translation type="unfinished">Das Dossier kann nicht in dieser Sprache erstellt werden.</translation>
    </message>
    <message>
        <source>A dossier is saved as PDF or DOCX.</source>
        <translation type="unfinished">Ein Dossier wird als PDF oder DOCX gespeichert.</translation>
    </message>
    <message>
        <source>You can only record families of your own reception centre.</source>
        <translation type="unfinished">Sie können nur Familien Ihres eigenen Aufnahmezentrums erfassen.</translation>
    </message>
    <message>
        <source>This appointment does not exist (any more).</source>
        <translation type="unfinished">Dieser Termin existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>This appointment was changed by someone else since you opened it. Reopen it to see the changes, then make yours again.</source>
        <translation type="unfinished">Dieser Termin wurde von jemand anderem geändert, seit Sie ihn geöffnet haben. Öffnen Sie ihn erneut, um die Änderungen zu sehen, und nehmen Sie dann Ihre erneut vor.</translation>
    </message>
    <message>
        <source>This family has no open checklist step, so there is no step card to make.</source>
        <translation type="unfinished">Diese Familie hat keinen offenen Schritt in der Checkliste, daher gibt es keine Schrittkarte zu erstellen.</translation>
    </message>
    <message>
        <source>This step is not in the family&apos;s checklist.</source>
        <translation type="unfinished">Dieser Schritt ist nicht in der Checkliste der Familie.</translation>
    </message>
    <message>
        <source>There are no step card texts in this language.</source>
        <translation type="unfinished">Für diese Sprache gibt es keine Texte für Schrittkarten.</translation>
    </message>
    <message>
        <source>An admin buddy can mark a step done or waiting, or undo that.</source>
        <translation type="unfinished">Eine administrative Begleitperson kann einen Schritt als erledigt oder wartend markieren oder dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Appointments are not available in this version.</source>
        <translation type="unfinished">Termine sind in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>This directory entry does not exist (any more).</source>
        <translation type="unfinished">Dieser Verzeichniseintrag existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>This directory entry was changed by someone else since you opened it. Reopen it to see the changes, then make yours again.</source>
        <translation type="unfinished">Dieser Verzeichniseintrag wurde von jemand anderem geändert, seit Sie ihn geöffnet haben. Öffnen Sie ihn erneut, um die Änderungen zu sehen, und nehmen Sie dann Ihre erneut vor.</translation>
    </message>
    <message>
        <source>This entry comes with the application and cannot be removed; only local changes to it can be.</source>
        <translation type="unfinished">Dieser Eintrag wird mit dem Programm geliefert und kann nicht entfernt werden; nur lokale Änderungen daran können entfernt werden.</translation>
    </message>
    <message>
        <source>The directory has no postal address for {name}. Type it for this letter; you can save it to the directory.</source>
        <translation type="unfinished">Das Verzeichnis hat keine Postanschrift für {name}. Geben Sie sie für diesen Brief ein; Sie können sie im Verzeichnis speichern.</translation>
    </message>
    <message>
        <source>The address of {name} in the directory has no postcode. Type the full address for this letter; you can save it to the directory.</source>
        <translation type="unfinished">Die Anschrift von {name} im Verzeichnis hat keine Postleitzahl. Geben Sie die vollständige Anschrift für diesen Brief ein; Sie können sie im Verzeichnis speichern.</translation>
    </message>
    <message>
        <source>The address of {name} is marked as uncertain in the directory (checked on {checked}). Check it before the letter is sent.</source>
        <translation type="unfinished">Die Anschrift von {name} ist im Verzeichnis als unsicher markiert (geprüft am {checked}). Prüfen Sie sie, bevor der Brief verschickt wird.</translation>
    </message>
    <message>
        <source>The address of {name} is marked as uncertain in the directory and was never checked. Check it before the letter is sent.</source>
        <translation type="unfinished">Die Anschrift von {name} ist im Verzeichnis als unsicher markiert und wurde nie geprüft. Prüfen Sie sie, bevor der Brief verschickt wird.</translation>
    </message>
    <message>
        <source>This recipient is not in the directory. Type the address for this letter.</source>
        <translation type="unfinished">Dieser Empfänger ist nicht im Verzeichnis. Geben Sie die Anschrift für diesen Brief ein.</translation>
    </message>
    <message>
        <source>{label}: another reception centre is already called &apos;{value}&apos;.</source>
        <translation type="unfinished">{label}: Ein anderes Aufnahmezentrum heißt bereits „{value}“.</translation>
    </message>
    <message>
        <source>{label}: the postcode {postcode} belongs to {choices}; choose one.</source>
        <translation type="unfinished">{label}: Die Postleitzahl {postcode} gehört zu {choices}; wählen Sie eine aus.</translation>
    </message>
    <message>
        <source>{label}: no Belgian municipality is called &apos;{value}&apos;.</source>
        <translation type="unfinished">{label}: Keine belgische Gemeinde heißt „{value}“.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a Belgian telephone number (for example 02 123 45 67 or 0470 12 34 56).</source>
        <translation type="unfinished">{label}: „{value}“ ist keine belgische Telefonnummer (zum Beispiel 02 123 45 67 oder 0470 12 34 56).</translation>
    </message>
    <message>
        <source>{label}: an enterprise number has 10 digits, for example 0403.019.261.</source>
        <translation type="unfinished">{label}: Eine Unternehmensnummer hat 10 Ziffern, zum Beispiel 0403.019.261.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a valid enterprise number (its check digits do not match).</source>
        <translation type="unfinished">{label}: {value} ist keine gültige Unternehmensnummer (die Prüfziffern stimmen nicht).</translation>
    </message>
    <message>
        <source>{label}: the file is not a PNG or JPEG image.</source>
        <translation type="unfinished">{label}: Die Datei ist kein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source>{label}: the image cannot be read (the file may be damaged).</source>
        <translation type="unfinished">{label}: Das Bild kann nicht gelesen werden (die Datei ist vielleicht beschädigt).</translation>
    </message>
    <message>
        <source>{label}: the image is too large ({size} KB; at most {max} KB).</source>
        <translation type="unfinished">{label}: Das Bild ist zu groß ({size} KB; höchstens {max} KB).</translation>
    </message>
    <message>
        <source>{label}: this reception centre is retired; choose an active one.</source>
        <translation type="unfinished">{label}: Dieses Aufnahmezentrum ist außer Betrieb; wählen Sie ein aktives.</translation>
    </message>
    <message>
        <source>{label}: this reception centre does not exist.</source>
        <translation type="unfinished">{label}: Dieses Aufnahmezentrum gibt es nicht.</translation>
    </message>
    <message>
        <source>{label}: social workers and admin buddies belong to a reception centre; choose one.</source>
        <translation type="unfinished">{label}: Sozialarbeiter und administrative Begleitpersonen gehören zu einem Aufnahmezentrum; wählen Sie eines aus.</translation>
    </message>
    <message>
        <source>This reception centre does not exist (any more).</source>
        <translation type="unfinished">Dieses Aufnahmezentrum gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>This reception centre was changed by someone else since you opened it. Open it again to see the changes, then make yours again.</source>
        <translation type="unfinished">Dieses Aufnahmezentrum wurde von jemand anderem geändert, seit Sie es geöffnet haben. Öffnen Sie es erneut, um die Änderungen zu sehen, und nehmen Sie dann Ihre erneut vor.</translation>
    </message>
    <message>
        <source>{label}: the user name &apos;{value}&apos; is already taken.</source>
        <translation type="unfinished">{label}: Der Benutzername „{value}“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Unknown file format &apos;{format}&apos;: use csv or xlsx.</source>
        <extracomment>Rows an XLSX sheet holds (1,048,576) less the title and header rows.</extracomment>
        <translation type="unfinished">Unbekanntes Dateiformat „{format}“: Verwenden Sie csv oder xlsx.</translation>
    </message>
    <message>
        <source>A CSV file is separated by &apos;;&apos; or &apos;,&apos;.</source>
        <translation type="unfinished">Eine CSV-Datei ist durch „;“ oder „,“ getrennt.</translation>
    </message>
    <message>
        <source>The number of days must be 0 or more.</source>
        <translation type="unfinished">Die Anzahl der Tage muss 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>This list has {rows} rows, more than a spreadsheet holds ({max}). Narrow it with a filter.</source>
        <translation type="unfinished">Diese Liste hat {rows} Zeilen, mehr als eine Tabelle fasst ({max}). Schränken Sie sie mit einem Filter ein.</translation>
    </message>
    <message>
        <source>The file could not be written ({reason}). Choose another folder or name.</source>
        <translation type="unfinished">Die Datei konnte nicht geschrieben werden ({reason}). Wählen Sie einen anderen Ordner oder Namen.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished">Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language of the interface (en, fr, nl, de, ar).</source>
        <translation type="unfinished">„{language}“ ist keine Sprache der Oberfläche (en, fr, nl, de, ar).</translation>
    </message>
    <message>
        <source>Sign in with your own account to keep your settings.</source>
        <translation type="unfinished">Melden Sie sich mit Ihrem eigenen Konto an, um Ihre Einstellungen zu behalten.</translation>
    </message>
    <message>
        <source>There is no such letter; the command &apos;letter --list&apos; lists them.</source>
        <translation type="unfinished">Diesen Brief gibt es nicht; der Befehl &apos;letter --list&apos; zeigt die Briefe.</translation>
    </message>
    <message>
        <source>This letter has no input &apos;{name}&apos; (its inputs: {known}).</source>
        <translation type="unfinished">Dieser Brief hat keine Angabe &apos;{name}&apos; (seine Angaben: {known}).</translation>
    </message>
    <message>
        <source>A letter to an authority is written in one of these languages: {languages}.</source>
        <translation type="unfinished">Ein Brief an eine Behörde wird in einer dieser Sprachen geschrieben: {languages}.</translation>
    </message>
    <message>
        <source>There are no letter texts in the language &apos;{language}&apos; (languages: {languages}).</source>
        <translation type="unfinished">Es gibt keine Brieftexte in der Sprache &apos;{language}&apos; (Sprachen: {languages}).</translation>
    </message>
    <message>
        <source>No consent of the family is recorded for “{purpose}” with {recipient}. Record the family’s consent first (family file ▸ Consents), or give the reason why it must be sent without one.</source>
        <extracomment>the shortest reason accepted for sharing without a recorded consent</extracomment>
        <translation type="unfinished">Für „{purpose}“ mit {recipient} ist keine Einwilligung der Familie erfasst. Erfassen Sie zuerst die Einwilligung der Familie (Familienakte ▸ Einwilligungen) oder geben Sie den Grund an, warum ohne Einwilligung versendet werden muss.</translation>
    </message>
    <message>
        <source>The family’s consent for {recipient} does not cover the confidential notes. Leave them out, or record a consent that names them (family file ▸ Consents).</source>
        <translation type="unfinished">Die Einwilligung der Familie für {recipient} umfasst die vertraulichen Notizen nicht. Lassen Sie sie weg oder erfassen Sie eine Einwilligung, die sie nennt (Familienakte ▸ Einwilligungen).</translation>
    </message>
    <message>
        <source>Say in at least {min} characters why this must be sent without the family’s consent (no names or health details: the reason is kept in the audit log).</source>
        <translation type="unfinished">Begründen Sie in mindestens {min} Zeichen, warum dies ohne Einwilligung der Familie versendet werden muss (keine Namen oder Gesundheitsangaben: der Grund wird im Prüfprotokoll gespeichert).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Einstellungen</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished">&amp;Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>The language of menus, windows and messages</source>
        <translation type="unfinished">Die Sprache der Menüs, Fenster und Meldungen</translation>
    </message>
    <message>
        <source>The texts in this language are draft translations that a qualified translator has not reviewed yet.</source>
        <translation type="unfinished">Die Texte in dieser Sprache sind Übersetzungsentwürfe, die noch keine qualifizierte Übersetzerin und kein qualifizierter Übersetzer geprüft hat.</translation>
    </message>
    <message>
        <source>The language changes at once. It is kept with your account: you find it again on every computer where you sign in.</source>
        <translation type="unfinished">Die Sprache wechselt sofort. Sie wird mit Ihrem Konto gespeichert: Sie finden sie auf jedem Computer wieder, an dem Sie sich anmelden.</translation>
    </message>
    <message>
        <source>The language changes at once. Until someone signs in, it is kept on this computer.</source>
        <translation type="unfinished">Die Sprache wechselt sofort. Solange sich niemand angemeldet hat, wird sie auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Transition Assistant</source>
        <translation type="unfinished">Anmelden — Transition Assistant</translation>
    </message>
    <message>
        <source>Sign in to Transition Assistant</source>
        <translation type="unfinished">Bei Transition Assistant anmelden</translation>
    </message>
    <message>
        <source>Family files hold sensitive personal data: every file you open is recorded in the audit log under your name.</source>
        <translation type="unfinished">Die Akten der Familien enthalten sensible personenbezogene Daten: Jede Akte, die Sie öffnen, wird unter Ihrem Namen im Prüfprotokoll erfasst.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;Benutzername</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Passwort</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished">Anmeldemeldung</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished">&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>StepCardsDialog</name>
    <message>
        <source>Step cards</source>
        <translation type="unfinished">Schrittkarten</translation>
    </message>
    <message>
        <source>A printable page per step in the family&apos;s language, with the authority&apos;s language underneath: what the step is, where to go, what to bring, by when and what comes next.</source>
        <translation type="unfinished">Eine druckbare Seite pro Schritt in der Sprache der Familie, darunter in der Sprache der Behörde: worum es geht, wohin man geht, was mitzubringen ist, bis wann und was danach kommt.</translation>
    </message>
    <message>
        <source>&amp;Family&apos;s language</source>
        <translation type="unfinished">Sprache der &amp;Familie</translation>
    </message>
    <message>
        <source>Language &amp;underneath</source>
        <translation type="unfinished">Sprache &amp;darunter</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation type="unfinished">P&amp;apier</translation>
    </message>
    <message>
        <source>&amp;QR code of the address on the family&apos;s cards (a phone opens it in its map)</source>
        <translation type="unfinished">&amp;QR-Code der Adresse auf den Karten der Familie (ein Telefon öffnet ihn in der Karte)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished">Karten</translation>
    </message>
    <message>
        <source>A booklet of all open &amp;steps</source>
        <translation type="unfinished">Ein Heft mit allen offenen &amp;Schritten</translation>
    </message>
    <message>
        <source>&amp;One card for</source>
        <translation type="unfinished">&amp;Eine Karte für</translation>
    </message>
    <message>
        <source>Step of the card</source>
        <translation type="unfinished">Schritt der Karte</translation>
    </message>
    <message>
        <source>A4, one card a page</source>
        <translation type="unfinished">A4, eine Karte pro Seite</translation>
    </message>
    <message>
        <source>Two A5 cards per A4 sheet (cut in the middle)</source>
        <translation type="unfinished">Zwei A5-Karten pro A4-Blatt (in der Mitte schneiden)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished">&amp;Vorschau…</translation>
    </message>
    <message>
        <source>This family has no open checklist step.</source>
        <translation type="unfinished">Diese Familie hat keinen offenen Schritt in der Checkliste.</translation>
    </message>
    <message>
        <source>The card words in {languages} are draft translations, not yet reviewed; the cards say so.</source>
        <translation type="unfinished">Die Wörter der Karten auf {languages} sind Übersetzungsentwürfe, noch nicht geprüft; die Karten sagen es.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the database</source>
        <translation type="unfinished">Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished">&amp;Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation type="unfinished">XXXX-XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Passphrase</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation type="unfinished">P&amp;assphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished">Passphrase wiederholen</translation>
    </message>
    <message>
        <source>I forgot the passphrase: use the &amp;recovery key</source>
        <translation type="unfinished">Ich habe die Passphrase vergessen: den &amp;Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>New &amp;passphrase</source>
        <translation type="unfinished">Neue &amp;Passphrase</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished">Die beiden Passphrasen sind nicht gleich.</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation type="unfinished">Datenbank verschlüsseln</translation>
    </message>
    <message>
        <source>This database is not encrypted. Encrypt it now? A verified encrypted copy replaces the file.</source>
        <translation type="unfinished">Diese Datenbank ist nicht verschlüsselt. Jetzt verschlüsseln? Eine überprüfte verschlüsselte Kopie ersetzt die Datei.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation type="unfinished">Verschlüsseln</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>User account</source>
        <translation type="unfinished">Benutzerkonto</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished">&amp;Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">&amp;Rolle</translation>
    </message>
    <message>
        <source>Reception &amp;centre</source>
        <translation type="unfinished">Aufnahme&amp;zentrum</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished">Beru&amp;fsbezeichnung</translation>
    </message>
    <message>
        <source>Printed under the person&apos;s name in letters; choose one or type another.</source>
        <translation type="unfinished">Wird in Briefen unter dem Namen der Person gedruckt; wählen Sie eine aus oder geben Sie eine andere ein.</translation>
    </message>
    <message>
        <source>Title f&amp;orm</source>
        <translation type="unfinished">F&amp;orm der Bezeichnung</translation>
    </message>
    <message>
        <source>How the job title is written: feminine, masculine or neutral, as the person chooses.</source>
        <translation type="unfinished">Wie die Berufsbezeichnung geschrieben wird: weiblich, männlich oder neutral, nach Wahl der Person.</translation>
    </message>
    <message>
        <source>Direct p&amp;hone</source>
        <translation type="unfinished">&amp;Durchwahl</translation>
    </message>
    <message>
        <source>optional, e.g. 0470 12 34 56</source>
        <translation type="unfinished">freiwillig, z. B. 0470 12 34 56</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">&amp;E-Mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">freiwillig</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation type="unfinished">A&amp;ktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Passwort</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished">Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished">Neuer Benutzer</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation type="unfinished">Benutzer ändern</translation>
    </message>
    <message>
        <source>New password for {user}</source>
        <translation type="unfinished">Neues Passwort für {user}</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished">Mein Passwort ändern</translation>
    </message>
    <message>
        <source>(none: every centre — coordinators only)</source>
        <translation type="unfinished">(keines: alle Zentren — nur Koordination)</translation>
    </message>
    <message>
        <source>{centre} (retired)</source>
        <translation type="unfinished">{centre} (außer Betrieb)</translation>
    </message>
</context>
<context>
    <name>UserManageDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished">Benutzer</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished">Benutzerkonten</translation>
    </message>
    <message>
        <source>Enter changes the selected account; Delete disables it, after asking.</source>
        <translation type="unfinished">Die Eingabetaste ändert das gewählte Konto; Entf deaktiviert es nach einer Rückfrage.</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished">&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished">&amp;Ändern…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation type="unfinished">Neues &amp;Passwort…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished">&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Schließen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rolle</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished">Zentrum</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished">Letzte Anmeldung</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished">deaktiviert</translation>
    </message>
    <message>
        <source>locked (wrong passwords)</source>
        <translation type="unfinished">gesperrt (falsche Passwörter)</translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished">kein Passwort</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished">aktiv</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished">&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished">Konto deaktivieren</translation>
    </message>
    <message>
        <source>Disable the account of {name}? They will no longer be able to sign in; their past work stays recorded.</source>
        <translation type="unfinished">Das Konto von {name} deaktivieren? Diese Person kann sich dann nicht mehr anmelden; ihre bisherige Arbeit bleibt erfasst.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished">Deaktivieren</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation type="unfinished">Das Passwort braucht mindestens 10 Zeichen.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished">Das Passwort darf den Benutzernamen nicht enthalten.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished">{label}: Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {max} characters).</source>
        <translation type="unfinished">{label}: Der Text ist zu lang (höchstens {max} Zeichen).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not one of the allowed values.</source>
        <translation type="unfinished">{label}: „{value}“ ist keiner der erlaubten Werte.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation type="unfinished">{label}: Dieses Datum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>{label} cannot be before {other}.</source>
        <translation type="unfinished">{label}: Dieses Datum darf nicht vor dem Datum im Feld „{other}“ liegen.</translation>
    </message>
    <message>
        <source>{label}: this is not a valid Belgian national register or BIS number ({reason}).</source>
        <translation type="unfinished">{label}: Dies ist keine gültige belgische Nationalregister- oder BIS-Nummer ({reason}).</translation>
    </message>
    <message>
        <source>{label} does not match the birth date ({birth_date}).</source>
        <translation type="unfinished">{label}: Die Nummer passt nicht zum Geburtsdatum ({birth_date}).</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; is already used by another case.</source>
        <translation type="unfinished">{label}: „{value}“ wird bereits in einer anderen Akte verwendet.</translation>
    </message>
    <message>
        <source>A household needs exactly one head of household (it has {count}).</source>
        <translation type="unfinished">Ein Haushalt braucht genau einen Haushaltsvorstand (jetzt: {count}).</translation>
    </message>
    <message>
        <source>A household needs at least one member.</source>
        <translation type="unfinished">Ein Haushalt braucht mindestens ein Mitglied.</translation>
    </message>
    <message>
        <source>{label}: unknown code &apos;{value}&apos;.</source>
        <translation type="unfinished">{label}: unbekannter Code „{value}“.</translation>
    </message>
    <message>
        <source>{label}: the preferred language must be one of the languages spoken.</source>
        <translation type="unfinished">{label}: Die bevorzugte Sprache muss eine der gesprochenen Sprachen sein.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a Belgian postcode.</source>
        <translation type="unfinished">{label}: {value} ist keine belgische Postleitzahl.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a postcode of {municipality}.</source>
        <translation type="unfinished">{label}: {value} ist keine Postleitzahl von {municipality}.</translation>
    </message>
    <message>
        <source>{label} must be between {min} and {max} euros.</source>
        <translation type="unfinished">{label} muss zwischen {min} und {max} Euro liegen.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation type="unfinished">{label}: „{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Some fields need correcting.</source>
        <extracomment>The translation context of a code given as a bare source text (older call sites).</extracomment>
        <translation type="unfinished">Einige Felder müssen korrigiert werden.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Passwort</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">Aufnahmezentrum</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished">Berufsbezeichnung</translation>
    </message>
    <message>
        <source>Form of the job title</source>
        <translation type="unfinished">Form der Berufsbezeichnung</translation>
    </message>
    <message>
        <source>Direct phone</source>
        <translation type="unfinished">Durchwahl</translation>
    </message>
    <message>
        <source>{label}: use 3 to 64 lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation type="unfinished">{label}: Verwenden Sie 3 bis 64 Kleinbuchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished">Die beiden Passwörter sind nicht gleich.</translation>
    </message>
    <message>
        <source>Note for the social worker</source>
        <extracomment>What a buddy may set a step to: done, waiting for someone else, or back to do (a wrong tick).</extracomment>
        <translation type="unfinished">Notiz für den Sozialarbeiter</translation>
    </message>
    <message>
        <source>Step status</source>
        <extracomment>Families whose open steps are on the due list (closed and archived cases leave every list). Families no longer in reception: the steps of leaving it no longer need doing (see ``is_moot``). Tracks whose steps are done before leaving the centre (moot once the family left). The fields of a step a change records before and after (``checklist_event.before/after``; Undo). The family&apos;s fields the leave step changes (under ``&quot;family&quot;`` in before/after). Event kinds Undo can reverse. Dates of the case that are the day a step was done.</extracomment>
        <translation type="unfinished">Status des Schritts</translation>
    </message>
    <message>
        <source>Reason the step is blocked</source>
        <translation type="unfinished">Grund, warum der Schritt blockiert ist</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation type="unfinished">Erledigt am</translation>
    </message>
    <message>
        <source>Day the family left the centre</source>
        <translation type="unfinished">Tag, an dem die Familie das Zentrum verlassen hat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation type="unfinished">Titel des Schritts</translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished">Bereich</translation>
    </message>
    <message>
        <source>Steps to do first</source>
        <translation type="unfinished">Zuerst zu erledigende Schritte</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished">Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation type="unfinished">Neues Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Reason for the new due date</source>
        <translation type="unfinished">Grund für das neue Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Length of the extension (months)</source>
        <translation type="unfinished">Dauer der Verlängerung (Monate)</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation type="unfinished">Grund der Verlängerung</translation>
    </message>
    <message>
        <source>Reason for going beyond the maximum</source>
        <translation type="unfinished">Grund für das Überschreiten des Maximums</translation>
    </message>
    <message>
        <source>Date the extension was granted</source>
        <translation type="unfinished">Datum, an dem die Verlängerung gewährt wurde</translation>
    </message>
    <message>
        <source>{label} must be between {min} and {max}.</source>
        <translation type="unfinished">{label}: Der Wert muss zwischen {min} und {max} liegen.</translation>
    </message>
    <message>
        <source>The extensions would add up to {total} months, more than the maximum of {maximum} months in the rules: {label} is required.</source>
        <translation type="unfinished">Die Verlängerungen ergäben zusammen {total} Monate, mehr als das Maximum von {maximum} Monaten in den Regeln: {label} ist erforderlich.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished">Vornamen</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nachname</translation>
    </message>
    <message>
        <source>Relation to the head of household</source>
        <translation type="unfinished">Beziehung zum Haushaltsvorstand</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished">Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Geschlecht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished">Art des Eintrags</translation>
    </message>
    <message>
        <source>Place for</source>
        <translation type="unfinished">Ort für</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished">Postleitzahl</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished">Gemeinde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">Webseite</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">Öffnungszeiten</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished">Gesprochene Sprachen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notizen</translation>
    </message>
    <message>
        <source>Date the address was checked</source>
        <translation type="unfinished">Datum, an dem die Adresse geprüft wurde</translation>
    </message>
    <message>
        <source>Date the phone number was checked</source>
        <translation type="unfinished">Datum, an dem die Telefonnummer geprüft wurde</translation>
    </message>
    <message>
        <source>Date the e-mail address was checked</source>
        <translation type="unfinished">Datum, an dem die E-Mail-Adresse geprüft wurde</translation>
    </message>
    <message>
        <source>Date the opening hours were checked</source>
        <translation type="unfinished">Datum, an dem die Öffnungszeiten geprüft wurden</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not valid.</source>
        <translation type="unfinished">{label}: „{value}“ ist nicht gültig.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a postcode of this municipality.</source>
        <translation type="unfinished">{label}: „{value}“ ist keine Postleitzahl dieser Gemeinde.</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished">Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation type="unfinished">Nationalregisternummer</translation>
    </message>
    <message>
        <source>Residence card type</source>
        <translation type="unfinished">Art der Aufenthaltskarte</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation type="unfinished">Nummer der Aufenthaltskarte</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished">Status der Akte</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Aktenzeichen</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">Sozialarbeiter</translation>
    </message>
    <message>
        <source>Immigration Office (OE/DVZ) number</source>
        <translation type="unfinished">Nummer des Ausländeramts (DVZ/OE)</translation>
    </message>
    <message>
        <source>{member}: a national register number has 11 digits (YY.MM.DD-XXX.CC); the one entered has {count}.</source>
        <translation type="unfinished">{member}: Eine Nationalregisternummer hat 11 Ziffern (JJ.MM.TT-XXX.CC); die eingegebene hat {count}.</translation>
    </message>
    <message>
        <source>{member}: a national register number has only digits, dots and a hyphen (YY.MM.DD-XXX.CC).</source>
        <translation type="unfinished">{member}: Eine Nationalregisternummer enthält nur Ziffern, Punkte und einen Bindestrich (JJ.MM.TT-XXX.CC).</translation>
    </message>
    <message>
        <source>{member}: the national register number is not valid: its last two digits do not match the others. Copy it again from the residence card.</source>
        <translation type="unfinished">{member}: Die Nationalregisternummer ist ungültig: Die letzten zwei Ziffern passen nicht zu den anderen. Übernehmen Sie sie erneut von der Aufenthaltskarte.</translation>
    </message>
    <message>
        <source>{member}: the national register number is not valid: its first six digits are not a birth date (YY.MM.DD).</source>
        <translation type="unfinished">{member}: Die Nationalregisternummer ist ungültig: Die ersten sechs Ziffern sind kein Geburtsdatum (JJ.MM.TT).</translation>
    </message>
    <message>
        <source>{member}: the national register number is for someone born on {encoded}, but the birth date entered is {birth_date}. Correct one of the two.</source>
        <translation type="unfinished">{member}: Die Nationalregisternummer gehört zu einer Person, die am {encoded} geboren ist, aber das eingegebene Geburtsdatum ist der {birth_date}. Korrigieren Sie eines von beiden.</translation>
    </message>
    <message>
        <source>{label}: only digits, with or without dots (for example 8.123.456).</source>
        <translation type="unfinished">{label}: nur Ziffern, mit oder ohne Punkte (zum Beispiel 8.123.456).</translation>
    </message>
    <message>
        <source>{label}: it has {count} digits; an Immigration Office number has {min} to {max}.</source>
        <translation type="unfinished">{label}: Sie hat {count} Ziffern; eine Nummer des Ausländeramts hat {min} bis {max}.</translation>
    </message>
    <message>
        <source>{label}: it contains characters that cannot be printed. Type it again.</source>
        <translation type="unfinished">{label}: Es enthält Zeichen, die nicht gedruckt werden können. Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished">Ankunftsdatum</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation type="unfinished">Auszugsdatum</translation>
    </message>
    <message>
        <source>Destination municipality</source>
        <translation type="unfinished">Zielgemeinde</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation type="unfinished">Art des Kontakts</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Kontakt</translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation type="unfinished">Schutzstatus</translation>
    </message>
    <message>
        <source>Deciding body</source>
        <translation type="unfinished">Entscheidende Behörde</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished">Entscheidungsdatum</translation>
    </message>
    <message>
        <source>Asylum application date</source>
        <translation type="unfinished">Datum des Asylantrags</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation type="unfinished">Datum der Zustellung</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished">Referenz der Entscheidung</translation>
    </message>
    <message>
        <source>How the family left</source>
        <translation type="unfinished">Wie die Familie ausgezogen ist</translation>
    </message>
    <message>
        <source>{label} is needed for this letter.</source>
        <extracomment>One message for every missing value; its ``label`` says what (and where) it is.</extracomment>
        <translation type="unfinished">{label}: für diesen Brief nötig.</translation>
    </message>
    <message>
        <source>Address of the new dwelling</source>
        <extracomment>The labels of the letters&apos; inputs (``label:`` in resources/letters/*.yaml), marked here for the translators: a test checks every input label of every letter is in this list.</extracomment>
        <translation type="unfinished">Adresse der neuen Wohnung</translation>
    </message>
    <message>
        <source>Address of the dwelling</source>
        <translation type="unfinished">Adresse der Wohnung</translation>
    </message>
    <message>
        <source>Start of the lease</source>
        <translation type="unfinished">Beginn des Mietvertrags</translation>
    </message>
    <message>
        <source>Rental guarantee asked</source>
        <translation type="unfinished">Beantragte Mietkaution</translation>
    </message>
    <message>
        <source>Moving-in date</source>
        <translation type="unfinished">Einzugsdatum</translation>
    </message>
    <message>
        <source>Desired first school day</source>
        <translation type="unfinished">Gewünschter erster Schultag</translation>
    </message>
    <message>
        <source>Reason for the referral / needs</source>
        <translation type="unfinished">Grund der Weiterleitung / Bedarf</translation>
    </message>
    <message>
        <source>Head of household (family file ▸ Members)</source>
        <translation type="unfinished">Haushaltsvorstand (Familienakte ▸ Mitglieder)</translation>
    </message>
    <message>
        <source>Birth date of the head of household (family file ▸ Members)</source>
        <translation type="unfinished">Geburtsdatum des Haushaltsvorstands (Familienakte ▸ Mitglieder)</translation>
    </message>
    <message>
        <source>Nationality of the head of household (family file ▸ Members)</source>
        <translation type="unfinished">Staatsangehörigkeit des Haushaltsvorstands (Familienakte ▸ Mitglieder)</translation>
    </message>
    <message>
        <source>Family members living in Belgium (family file ▸ Members)</source>
        <translation type="unfinished">In Belgien lebende Familienmitglieder (Familienakte ▸ Mitglieder)</translation>
    </message>
    <message>
        <source>Children living in Belgium (family file ▸ Members)</source>
        <translation type="unfinished">In Belgien lebende Kinder (Familienakte ▸ Mitglieder)</translation>
    </message>
    <message>
        <source>Family members still abroad (family file ▸ Members)</source>
        <translation type="unfinished">Noch im Ausland lebende Familienmitglieder (Familienakte ▸ Mitglieder)</translation>
    </message>
    <message>
        <source>Languages spoken (family file ▸ Members)</source>
        <translation type="unfinished">Gesprochene Sprachen (Familienakte ▸ Mitglieder)</translation>
    </message>
    <message>
        <source>Protection status (family file ▸ Decision)</source>
        <translation type="unfinished">Schutzstatus (Familienakte ▸ Entscheidung)</translation>
    </message>
    <message>
        <source>Deciding body (family file ▸ Decision)</source>
        <translation type="unfinished">Entscheidende Behörde (Familienakte ▸ Entscheidung)</translation>
    </message>
    <message>
        <source>Decision date (family file ▸ Decision)</source>
        <translation type="unfinished">Entscheidungsdatum (Familienakte ▸ Entscheidung)</translation>
    </message>
    <message>
        <source>Decision reference (family file ▸ Decision)</source>
        <translation type="unfinished">Referenz der Entscheidung (Familienakte ▸ Entscheidung)</translation>
    </message>
    <message>
        <source>Asylum application date (family file ▸ Decision)</source>
        <translation type="unfinished">Datum des Asylantrags (Familienakte ▸ Entscheidung)</translation>
    </message>
    <message>
        <source>Arrival date (family file ▸ Household)</source>
        <translation type="unfinished">Ankunftsdatum (Familienakte ▸ Haushalt)</translation>
    </message>
    <message>
        <source>Exit date (family file ▸ Household) or decision date (family file ▸ Decision)</source>
        <translation type="unfinished">Auszugsdatum (Familienakte ▸ Haushalt) oder Entscheidungsdatum (Familienakte ▸ Entscheidung)</translation>
    </message>
    <message>
        <source>Exit date, planned or actual (family file ▸ Household)</source>
        <translation type="unfinished">Auszugsdatum, geplant oder tatsächlich (Familienakte ▸ Haushalt)</translation>
    </message>
    <message>
        <source>Destination municipality (family file ▸ Household)</source>
        <translation type="unfinished">Zielgemeinde (Familienakte ▸ Haushalt)</translation>
    </message>
    <message>
        <source>Reception centre (family file ▸ Household)</source>
        <translation type="unfinished">Aufnahmezentrum (Familienakte ▸ Haushalt)</translation>
    </message>
    <message>
        <source>Social worker (family file ▸ Household)</source>
        <translation type="unfinished">Sozialarbeiter (Familienakte ▸ Haushalt)</translation>
    </message>
    <message>
        <source>Municipality of the reception centre (Administration ▸ Centres)</source>
        <translation type="unfinished">Gemeinde des Aufnahmezentrums (Verwaltung ▸ Zentren)</translation>
    </message>
    <message>
        <source>Extension of the stay in reception (checklist)</source>
        <translation type="unfinished">Verlängerung des Aufenthalts in der Aufnahme (Checkliste)</translation>
    </message>
    <message>
        <source>A rule for this date (rules files: ask your coordinator)</source>
        <translation type="unfinished">Eine Regel für dieses Datum (Regeldateien: fragen Sie Ihren Koordinator)</translation>
    </message>
    <message>
        <source>Addressee (name and address)</source>
        <translation type="unfinished">Empfänger (Name und Adresse)</translation>
    </message>
    <message>
        <source>Landlord (name and address)</source>
        <translation type="unfinished">Vermieter (Name und Adresse)</translation>
    </message>
    <message>
        <source>School (name and address)</source>
        <translation type="unfinished">Schule (Name und Adresse)</translation>
    </message>
    <message>
        <source>A value of the family file</source>
        <translation type="unfinished">Eine Angabe der Familienakte</translation>
    </message>
    <message>
        <source>Postcode of the new dwelling</source>
        <translation type="unfinished">Postleitzahl der neuen Wohnung</translation>
    </message>
    <message>
        <source>Municipality of the new dwelling</source>
        <translation type="unfinished">Gemeinde der neuen Wohnung</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation type="unfinished">Monatliche Miete</translation>
    </message>
    <message>
        <source>Monthly charges</source>
        <translation type="unfinished">Monatliche Nebenkosten</translation>
    </message>
    <message>
        <source>Rental guarantee</source>
        <translation type="unfinished">Mietkaution</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation type="unfinished">Vermieter</translation>
    </message>
    <message>
        <source>Landlord&apos;s address</source>
        <translation type="unfinished">Adresse des Vermieters</translation>
    </message>
    <message>
        <source>Landlord&apos;s postcode</source>
        <translation type="unfinished">Postleitzahl des Vermieters</translation>
    </message>
    <message>
        <source>Landlord&apos;s phone</source>
        <translation type="unfinished">Telefon des Vermieters</translation>
    </message>
    <message>
        <source>Landlord&apos;s e-mail</source>
        <translation type="unfinished">E-Mail des Vermieters</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation type="unfinished">Was weitergegeben wird</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished">Weitergegeben an</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished">Einwilligung erteilt am</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation type="unfinished">Einwilligung widerrufen am</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <source>Retention period (months)</source>
        <translation type="unfinished">Aufbewahrungsfrist (Monate)</translation>
    </message>
    <message>
        <source>{label}: this person is not a member of this family.</source>
        <translation type="unfinished">{label}: Diese Person gehört nicht zu dieser Familie.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>detail -&gt; the field holding the date it was checked (the address date covers the postcode too) Fields a local edit of a shipped entry may set (the name, kind and municipality stay shipped).</extracomment>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation type="unfinished">Name des Zentrums</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished">Aufnahmebetreiber</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished">Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation type="unfinished">Unternehmensnummer</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished">Logo</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished">Termin</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Ende</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">Mitzubringen</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation type="unfinished">Begleitet von</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation type="unfinished">Schritt der Checkliste</translation>
    </message>
    <message>
        <source>{label} must be after {other}.</source>
        <translation type="unfinished">{label}: Muss nach „{other}“ liegen.</translation>
    </message>
    <message>
        <source>{label}: at most {max} lines.</source>
        <translation type="unfinished">{label}: höchstens {max} Zeilen.</translation>
    </message>
    <message>
        <source>{label}: the year must be between {first} and {last}.</source>
        <translation type="unfinished">{label}: Das Jahr muss zwischen {first} und {last} liegen.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; ist kein Datum; schreiben Sie es als JJJJ-MM-TT (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an amount in euros.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; ist kein Betrag in Euro.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a whole number.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The postal address of {name} is not known (or marked uncertain) in the directory: give it for this letter (street and number, then postcode and municipality).</source>
        <translation type="unfinished">Die Postanschrift von {name} ist im Verzeichnis nicht bekannt (oder als unsicher markiert): Geben Sie sie für diesen Brief an (Straße und Hausnummer, dann Postleitzahl und Gemeinde).</translation>
    </message>
    <message>
        <source>{label}: give the street and number, then the postcode and municipality on the last line.</source>
        <translation type="unfinished">{label}: Geben Sie Straße und Hausnummer an, dann Postleitzahl und Gemeinde in der letzten Zeile.</translation>
    </message>
    <message>
        <source>Postal address of the addressee</source>
        <translation type="unfinished">Postanschrift des Empfängers</translation>
    </message>
    <message>
        <source>The new home in {postcode} {place} is in the area of {competent}: a request about it goes to that CPAS/OCMW, not to {addressed}.</source>
        <translation type="unfinished">Die neue Wohnung in {postcode} {place} liegt im Zuständigkeitsbereich von {competent}: ein Antrag dazu geht an dieses ÖSHZ/CPAS, nicht an {addressed}.</translation>
    </message>
    <message>
        <source>The new home in {postcode} {place} is in {place}: the family registers at the administration of that municipality, not of {addressed}. Correct the address, or the family&apos;s new municipality (family file ▸ Household).</source>
        <translation type="unfinished">Die neue Wohnung in {postcode} {place} liegt in {place}: Die Familie meldet sich bei der Verwaltung dieser Gemeinde an, nicht bei {addressed}. Korrigieren Sie die Adresse oder die neue Gemeinde der Familie (Familienakte ▸ Haushalt).</translation>
    </message>
    <message>
        <source>{label}: write the postcode and municipality on the last line (for example “1070 Anderlecht”), so that the competent CPAS/OCMW can be checked.</source>
        <translation type="unfinished">{label}: Schreiben Sie Postleitzahl und Gemeinde in die letzte Zeile (zum Beispiel „1070 Anderlecht“), damit das zuständige ÖSHZ/CPAS geprüft werden kann.</translation>
    </message>
    <message>
        <source>{label}: {postcode} is not a Belgian postcode.</source>
        <translation type="unfinished">{label}: {postcode} ist keine belgische Postleitzahl.</translation>
    </message>
    <message>
        <source>None of the children living in Belgium is of school age on {date} (2½ years or more; compulsory education is from 5 to 18): a school letter cannot be made.</source>
        <translation type="unfinished">Keines der in Belgien lebenden Kinder ist am {date} im Schulalter (2½ Jahre oder älter; die Schulpflicht gilt von 5 bis 18 Jahren): ein Schulbrief kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>{name} is younger than 2½ years on {date} and is left out of the school letter.</source>
        <translation type="unfinished">{name} ist am {date} jünger als 2½ Jahre und wird im Schulbrief nicht aufgeführt.</translation>
    </message>
    <message>
        <source>{name} is {age} years old: compulsory education ends at 18. Check that a school enrolment is what the family wants.</source>
        <translation type="unfinished">{name} ist {age} Jahre alt: die Schulpflicht endet mit 18. Prüfen Sie, ob die Familie eine Schulanmeldung wünscht.</translation>
    </message>
    <message>
        <source>The birth date of {name} is needed for this letter (family file ▸ Members): it lists people by their age.</source>
        <translation type="unfinished">Das Geburtsdatum von {name} wird für diesen Brief benötigt (Familienakte ▸ Mitglieder): er führt Personen nach ihrem Alter auf.</translation>
    </message>
    <message>
        <source>This letter is for adults (18 or more) and no member living in Belgium is an adult on {date}.</source>
        <translation type="unfinished">Dieser Brief ist für Erwachsene (ab 18 Jahren), und kein in Belgien lebendes Mitglied ist am {date} volljährig.</translation>
    </message>
    <message>
        <source>{label}: give an amount in euros, such as 650 or 650,50.</source>
        <translation type="unfinished">{label}: Geben Sie einen Betrag in Euro an, zum Beispiel 650 oder 650,50.</translation>
    </message>
    <message>
        <source>{label} cannot be negative or zero.</source>
        <translation type="unfinished">{label} darf nicht negativ oder null sein.</translation>
    </message>
    <message>
        <source>{label}: {value} € is more than {maximum} €; check the amount.</source>
        <translation type="unfinished">{label}: {value} € ist mehr als {maximum} €; prüfen Sie den Betrag.</translation>
    </message>
    <message>
        <source>{label}: an amount has at most two decimals (cents).</source>
        <translation type="unfinished">{label}: ein Betrag hat höchstens zwei Nachkommastellen (Cent).</translation>
    </message>
    <message>
        <source>{label}: {value} is more than two years from today; check the date.</source>
        <translation type="unfinished">{label}: {value} liegt mehr als zwei Jahre von heute entfernt; prüfen Sie das Datum.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Appointments — week</source>
        <translation type="unfinished">Termine — Woche</translation>
    </message>
    <message>
        <source>Appointments of the week</source>
        <translation type="unfinished">Termine der Woche</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation type="unfinished">&amp;Vorherige Woche</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left, Page Up)</source>
        <translation type="unfinished">Vorherige Woche (Alt+Links, Bild auf)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished">&amp;Heute</translation>
    </message>
    <message>
        <source>The week of today</source>
        <translation type="unfinished">Die Woche von heute</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation type="unfinished">&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>Next week (Alt+Right, Page Down)</source>
        <translation type="unfinished">Nächste Woche (Alt+Rechts, Bild ab)</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation type="unfinished">Angezeigte Woche</translation>
    </message>
    <message>
        <source>&amp;Export week to calendar (.ics)…</source>
        <translation type="unfinished">Woche in den Kalender &amp;exportieren (.ics)…</translation>
    </message>
    <message>
        <source>A file to import into a phone or computer calendar (times, places and case numbers; no names)</source>
        <translation type="unfinished">Eine Datei zum Import in den Kalender eines Telefons oder Computers (Uhrzeiten, Orte und Aktenzeichen; keine Namen)</translation>
    </message>
    <message>
        <source>Appointments by day</source>
        <translation type="unfinished">Termine nach Tag</translation>
    </message>
    <message>
        <source>The seven days of the week, each followed by its appointments. Enter or double-click opens an appointment; Alt+Left and Alt+Right show the previous and next week.</source>
        <translation type="unfinished">Die sieben Tage der Woche, jeweils gefolgt von ihren Terminen. Die Eingabetaste oder ein Doppelklick öffnet einen Termin; Alt+Links und Alt+Rechts zeigen die vorherige und die nächste Woche.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Uhrzeit</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Familie</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished">Termin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Ort</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">Mitzubringen</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation type="unfinished">Begleitet von</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation type="unfinished">{day} (heute)</translation>
    </message>
    <message>
        <source>{day} — no appointments</source>
        <translation type="unfinished">{day} — keine Termine</translation>
    </message>
    <message>
        <source>{day} — 1 appointment</source>
        <translation type="unfinished">{day} — 1 Termin</translation>
    </message>
    <message>
        <source>{day} — {n} appointments</source>
        <translation type="unfinished">{day} — {n} Termine</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished">{start} bis {end}</translation>
    </message>
    <message>
        <source>Export week to calendar</source>
        <translation type="unfinished">Woche in den Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished">iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Double-click an appointment (or press Enter) to open it. Alt+Left and Alt+Right (or Page Up and Page Down) show the previous and next week.</source>
        <translation type="unfinished">Doppelklicken Sie auf einen Termin (oder drücken Sie die Eingabetaste), um ihn zu öffnen. Alt+Links und Alt+Rechts (oder Bild auf und Bild ab) zeigen die vorherige und die nächste Woche.</translation>
    </message>
    <message>
        <source>{first} – {last} · week {week}</source>
        <translation type="unfinished">{first} – {last} · Woche {week}</translation>
    </message>
    <message>
        <source>Appointments — {week}</source>
        <translation type="unfinished">Termine — {week}</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation type="unfinished">Mitbringen</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation type="unfinished">Die Kalenderdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">Exportiert</translation>
    </message>
    <message>
        <source>Saved {count} appointments in {file}. Import it into the calendar of your phone or computer.

The file holds times, places and case numbers, no names. It is not encrypted: delete it once it is imported.</source>
        <translation type="unfinished">{count} Termine in {file} gespeichert. Importieren Sie die Datei in den Kalender Ihres Telefons oder Computers.

Die Datei enthält Uhrzeiten, Orte und Aktenzeichen, keine Namen. Sie ist nicht verschlüsselt: Löschen Sie sie, sobald sie importiert ist.</translation>
    </message>
</context>
</TS>
