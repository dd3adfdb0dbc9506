<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AppointmentEditDialog</name>
    <message>
        <source>Appointment</source>
        <translation type="unfinished">Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation type="unfinished">&amp;Rendez-vous</translation>
    </message>
    <message>
        <source>e.g. CPAS — first interview</source>
        <translation type="unfinished">p. ex. CPAS — premier entretien</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished">&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished">&amp;Heure</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished">Heure de début</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished">j&amp;usqu’à</translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished">Heure de fin</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished">&amp;Lieu</translation>
    </message>
    <message>
        <source>Name and address</source>
        <translation type="unfinished">Nom et adresse</translation>
    </message>
    <message>
        <source>What to &amp;bring</source>
        <translation type="unfinished">À &amp;apporter</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation type="unfinished">Un élément par ligne</translation>
    </message>
    <message>
        <source>Accompanied b&amp;y</source>
        <translation type="unfinished">Accompagné &amp;par</translation>
    </message>
    <message>
        <source>e.g. the buddy, an interpreter</source>
        <translation type="unfinished">p. ex. le parrain ou la marraine, un interprète</translation>
    </message>
    <message>
        <source>Checklist &amp;step</source>
        <translation type="unfinished">&amp;Étape de la liste</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">Problèmes à corriger</translation>
    </message>
    <message>
        <source>&amp;Remove appointment…</source>
        <translation type="unfinished">&amp;Supprimer le rendez-vous…</translation>
    </message>
    <message>
        <source>The appointment is cancelled: it leaves the lists and calendars</source>
        <translation type="unfinished">Le rendez-vous est annulé&#xa0;: il disparaît des listes et des agendas</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished">Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>This day is in the past.</source>
        <translation type="unfinished">Ce jour est passé.</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">Aucune</translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation type="unfinished">Supprimer le rendez-vous</translation>
    </message>
    <message>
        <source>Remove the appointment “{title}”? It will no longer appear in the calendars.</source>
        <translation type="unfinished">Supprimer le rendez-vous «&#xa0;{title}&#xa0;»&#xa0;? Il n’apparaîtra plus dans les agendas.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Retirer</translation>
    </message>
</context>
<context>
    <name>AppointmentsMenu</name>
    <message>
        <source>Appointment saved: {title}.</source>
        <translation type="unfinished">Rendez-vous enregistré&#xa0;: {title}.</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation type="unfinished">Rendez-&amp;vous</translation>
    </message>
    <message>
        <source>&amp;Week view</source>
        <translation type="unfinished">Vue de la &amp;semaine</translation>
    </message>
    <message>
        <source>The appointments of the week, day by day</source>
        <translation type="unfinished">Les rendez-vous de la semaine, jour par jour</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation type="unfinished">&amp;Nouveau rendez-vous…</translation>
    </message>
    <message>
        <source>An appointment of the selected family</source>
        <translation type="unfinished">Un rendez-vous de la famille sélectionnée</translation>
    </message>
    <message>
        <source>Step &amp;cards…</source>
        <translation type="unfinished">&amp;Fiches d’étape…</translation>
    </message>
    <message>
        <source>Printable cards of the family&apos;s steps in their language</source>
        <translation type="unfinished">Fiches imprimables des étapes de la famille, dans sa langue</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished">Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished">Échec de connexion</translation>
    </message>
    <message>
        <source>Sign-in refused (locked)</source>
        <translation type="unfinished">Connexion refusée (compte verrouillé)</translation>
    </message>
    <message>
        <source>First run</source>
        <translation type="unfinished">Premier démarrage</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished">Consultation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Création</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished">Modification</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished">Archivé</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">Exportation</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished">Impression</translation>
    </message>
    <message>
        <source>Dossier issued</source>
        <translation type="unfinished">Dossier de transmission délivré</translation>
    </message>
    <message>
        <source>Erased (anonymised)</source>
        <translation type="unfinished">Effacement (anonymisation)</translation>
    </message>
    <message>
        <source>Retention rule applied</source>
        <translation type="unfinished">Règle de conservation appliquée</translation>
    </message>
    <message>
        <source>Buddy assigned</source>
        <translation type="unfinished">Parrain/marraine attribué(e)</translation>
    </message>
    <message>
        <source>Buddy unassigned</source>
        <translation type="unfinished">Parrain/marraine retiré(e)</translation>
    </message>
    <message>
        <source>User created</source>
        <translation type="unfinished">Utilisateur créé</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished">Utilisateur modifié</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished">Mot de passe modifié</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished">Paramètre modifié</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished">Journal d’audit exporté</translation>
    </message>
    <message>
        <source>Audit log verified</source>
        <translation type="unfinished">Journal d’audit vérifié</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation type="unfinished">Base de données sauvegardée</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation type="unfinished">Base de données restaurée depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Families imported from a file</source>
        <translation type="unfinished">Familles importées d&apos;un fichier</translation>
    </message>
    <message>
        <source>List exported to a file</source>
        <translation type="unfinished">Liste exportée vers un fichier</translation>
    </message>
    <message>
        <source>Reception centre created</source>
        <translation type="unfinished">Centre d&apos;accueil créé</translation>
    </message>
    <message>
        <source>Reception centre changed</source>
        <translation type="unfinished">Centre d&apos;accueil modifié</translation>
    </message>
    <message>
        <source>Checklist change undone</source>
        <translation type="unfinished">Modification de la liste annulée</translation>
    </message>
    <message>
        <source>Sent without a recorded consent (reason given)</source>
        <translation type="unfinished">Envoyé sans consentement enregistré (motif indiqué)</translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished">N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Opération</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Famille</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Détails</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">Journal d’audit</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished">U&amp;tilisateur</translation>
    </message>
    <message>
        <source>Only entries of this user</source>
        <translation type="unfinished">Uniquement les entrées de cet utilisateur</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished">&amp;Opération</translation>
    </message>
    <message>
        <source>Only this action</source>
        <translation type="unfinished">Uniquement cette opération</translation>
    </message>
    <message>
        <source>&amp;Family id</source>
        <translation type="unfinished">&amp;Identifiant de la famille</translation>
    </message>
    <message>
        <source>Only entries about this family</source>
        <translation type="unfinished">Uniquement les entrées concernant cette famille</translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished">toutes</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished">&amp;Du</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation type="unfinished">À partir de ce jour</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished">&amp;Jusqu’au</translation>
    </message>
    <message>
        <source>Up to this day</source>
        <translation type="unfinished">Jusqu’à ce jour</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Actualiser</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished">Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>Newest first: when, who, what and about which family. The filters above narrow the list.</source>
        <translation type="unfinished">Les plus récentes d’abord&#xa0;: quand, qui, quoi et pour quelle famille. Les filtres ci-dessus restreignent la liste.</translation>
    </message>
    <message>
        <source>Result of the chain verification</source>
        <translation type="unfinished">Résultat de la vérification de la chaîne</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished">&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Check that no entry was changed, inserted or removed since it was written</source>
        <translation type="unfinished">Vérifier qu’aucune entrée n’a été modifiée, insérée ou supprimée depuis son écriture</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Fermer</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished">Tout le monde</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished">Toutes les opérations</translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished">n’importe quel jour</translation>
    </message>
    <message>
        <source>“To” is before “From” ({date}): no entry can match.</source>
        <translation type="unfinished">«&#xa0;Au&#xa0;» est avant «&#xa0;Du&#xa0;» ({date})&#xa0;: aucune entrée ne peut correspondre.</translation>
    </message>
    <message>
        <source>{count} entries, newest first</source>
        <translation type="unfinished">{count} entrées, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>{count} entries; the newest {shown} are shown (narrow the filters or export them all)</source>
        <translation type="unfinished">{count} entrées&#xa0;; les {shown} plus récentes sont affichées (affinez les filtres ou exportez-les toutes)</translation>
    </message>
    <message>
        <source>✔ The chain is intact: none of the {count} entries was changed, inserted or removed.</source>
        <translation type="unfinished">✔ La chaîne est intacte&#xa0;: aucune des {count} entrées n’a été modifiée, insérée ou supprimée.</translation>
    </message>
    <message>
        <source>✘ The audit log was altered: {count} breaks in the chain (entries {entries}). Keep this database as evidence and tell your data protection officer.</source>
        <translation type="unfinished">✘ Le journal d’audit a été altéré&#xa0;: {count} ruptures dans la chaîne (entrées {entries}). Conservez cette base de données comme preuve et prévenez votre délégué à la protection des données.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished">Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}.</source>
        <translation type="unfinished">{count} entrées exportées vers {path}.</translation>
    </message>
</context>
<context>
    <name>BatchDossiersDialog</name>
    <message>
        <source>Dossiers for families leaving soon</source>
        <translation type="unfinished">Dossiers pour les familles qui partent bientôt</translation>
    </message>
    <message>
        <source>Families leaving within (&amp;days)</source>
        <translation type="unfinished">Familles partant d’ici (&amp;jours)</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished">&amp;Destinataire</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Langue</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished">Type de &amp;fichier</translation>
    </message>
    <message>
        <source>Folde&amp;r</source>
        <translation type="unfinished">&amp;Répertoire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The files are not encrypted: each is a plain copy of personal data. Confidential notes are never included in a batch.</source>
        <translation type="unfinished">Les fichiers ne sont pas chiffrés&#xa0;: chacun est une simple copie de données personnelles. Les notes confidentielles ne sont jamais incluses dans un lot.</translation>
    </message>
    <message>
        <source>&amp;Make dossiers</source>
        <translation type="unfinished">&amp;Créer les dossiers</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Progression</translation>
    </message>
    <message>
        <source>Folder for the dossiers</source>
        <translation type="unfinished">Répertoire des dossiers</translation>
    </message>
    <message>
        <source>{count} families leave reception within {days} days or are past their exit date.</source>
        <translation type="unfinished">{count} familles quittent l’accueil dans les {days} jours ou ont dépassé leur date de sortie.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the dossiers.</source>
        <translation type="unfinished">Choisissez un répertoire existant pour les dossiers.</translation>
    </message>
    <message>
        <source>Making the dossiers…</source>
        <translation type="unfinished">Création des dossiers…</translation>
    </message>
    <message>
        <source>Cancelling after the current dossier…</source>
        <translation type="unfinished">Annulation après le dossier en cours…</translation>
    </message>
    <message>
        <source>{done} of {total} dossiers</source>
        <translation type="unfinished">{done} dossiers sur {total}</translation>
    </message>
    <message>
        <source>{written} of {total} dossiers written to {folder}.</source>
        <translation type="unfinished">{written} dossiers sur {total} écrits dans {folder}.</translation>
    </message>
    <message>
        <source>Cancelled: the files written are complete.</source>
        <translation type="unfinished">Annulé&#xa0;: les fichiers écrits sont complets.</translation>
    </message>
    <message>
        <source>{count} could not be made.</source>
        <translation type="unfinished">{count} n’ont pas pu être créés.</translation>
    </message>
    <message>
        <source>Not made, the family&apos;s consent for this recipient is not recorded: {cases}.</source>
        <translation type="unfinished">Non établis, le consentement de la famille pour ce destinataire n’est pas enregistré&#xa0;: {cases}.</translation>
    </message>
</context>
<context>
    <name>BuddyAssignDialog</name>
    <message>
        <source>Admin buddies</source>
        <translation type="unfinished">Parrains et marraines administratifs</translation>
    </message>
    <message>
        <source>An admin buddy sees only the families assigned to them: names, contacts, languages, the checklist and appointments — never national register numbers, the protection decision or confidential notes.</source>
        <translation type="unfinished">Un parrain ou une marraine administratif ne voit que les familles qui lui sont attribuées&#xa0;: noms, coordonnées, langues, liste des démarches et rendez-vous — jamais les numéros de registre national, la décision de protection ni les notes confidentielles.</translation>
    </message>
    <message>
        <source>Buddies accompanying this family</source>
        <translation type="unfinished">Parrains et marraines qui accompagnent cette famille</translation>
    </message>
    <message>
        <source>Delete unassigns the selected buddy, after asking.</source>
        <translation type="unfinished">Suppr retire le parrain ou la marraine sélectionné(e), après confirmation.</translation>
    </message>
    <message>
        <source>Admin buddy to assign</source>
        <translation type="unfinished">Parrain ou marraine à attribuer</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished">&amp;Attribuer</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation type="unfinished">&amp;Retirer</translation>
    </message>
    <message>
        <source>Admin buddies — {case}</source>
        <translation type="unfinished">Parrains et marraines administratifs — {case}</translation>
    </message>
    <message>
        <source>{name} (since {date})</source>
        <translation type="unfinished">{name} (depuis le {date})</translation>
    </message>
    <message>
        <source>No admin buddy accompanies this family.</source>
        <translation type="unfinished">Aucun parrain ni aucune marraine n’accompagne cette famille.</translation>
    </message>
    <message>
        <source>Unassign buddy</source>
        <translation type="unfinished">Retirer le parrain ou la marraine</translation>
    </message>
    <message>
        <source>Stop {name} accompanying this family? They will no longer see its file.</source>
        <translation type="unfinished">Mettre fin à l’accompagnement de cette famille par {name}&#xa0;? Cette personne ne verra plus son dossier.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished">Retirer</translation>
    </message>
</context>
<context>
    <name>BuddyFeatures</name>
    <message>
        <source>Updated by buddy ({name})</source>
        <translation type="unfinished">Mis à jour par le parrain ou la marraine ({name})</translation>
    </message>
    <message>
        <source>Updated by buddy</source>
        <translation type="unfinished">Mis à jour par le parrain ou la marraine</translation>
    </message>
    <message>
        <source>Steps marked, appointments added and notes left by admin buddies that the families&apos; social worker has not seen yet. Opens a list; choose one to open the family.</source>
        <translation type="unfinished">Étapes cochées, rendez-vous ajoutés et notes laissées par les parrains et marraines administratifs, que le travailleur social des familles n’a pas encore vus. Ouvre une liste&#xa0;; choisissez-en un élément pour ouvrir la famille.</translation>
    </message>
    <message>
        <source>Changes from buddies: {count}</source>
        <translation type="unfinished">Modifications des parrains et marraines&#xa0;: {count}</translation>
    </message>
    <message>
        <source>steps: {count}</source>
        <translation type="unfinished">étapes&#xa0;: {count}</translation>
    </message>
    <message>
        <source>notes: {count}</source>
        <translation type="unfinished">notes&#xa0;: {count}</translation>
    </message>
    <message>
        <source>appointments: {count}</source>
        <translation type="unfinished">rendez-vous&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Updated by buddy since you last looked — {changes}. Steps are highlighted in the checklist, notes in the Notes tab.</source>
        <translation type="unfinished">Mis à jour par le parrain ou la marraine depuis votre dernière consultation — {changes}. Les étapes sont mises en évidence dans la liste des démarches, les notes dans l’onglet Notes.</translation>
    </message>
    <message>
        <source>No changes from buddies</source>
        <translation type="unfinished">Aucune modification des parrains et marraines</translation>
    </message>
    <message>
        <source>“{step}”: {status}</source>
        <translation type="unfinished">«&#xa0;{step}&#xa0;»&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Note: “{text}”</source>
        <translation type="unfinished">Note&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Appointment: {title}</source>
        <translation type="unfinished">Rendez-vous&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{family} — {what} ({buddy})</source>
        <translation type="unfinished">{family} — {what} ({buddy})</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished">&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Directory of services…</source>
        <translation type="unfinished">&amp;Répertoire des services…</translation>
    </message>
</context>
<context>
    <name>BuddyWorkspace</name>
    <message>
        <source>No family is assigned to you yet.</source>
        <translation type="unfinished">Aucune famille ne vous est encore attribuée.</translation>
    </message>
    <message>
        <source>to do: {count}</source>
        <translation type="unfinished">à faire&#xa0;: {count}</translation>
    </message>
    <message>
        <source>late: {count}</source>
        <translation type="unfinished">en retard&#xa0;: {count}</translation>
    </message>
    <message>
        <source>next by {date}</source>
        <translation type="unfinished">prochaine échéance le {date}</translation>
    </message>
    <message>
        <source>No family selected</source>
        <translation type="unfinished">Aucune famille sélectionnée</translation>
    </message>
    <message>
        <source>Choose one of your families on the left.</source>
        <translation type="unfinished">Choisissez une de vos familles à gauche.</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation type="unfinished">{count} personnes</translation>
    </message>
    <message>
        <source>speaks {languages}</source>
        <translation type="unfinished">parle {languages}</translation>
    </message>
    <message>
        <source>moving to {municipality}</source>
        <translation type="unfinished">déménage à {municipality}</translation>
    </message>
    <message>
        <source>left the centre on {date}</source>
        <translation type="unfinished">a quitté le centre le {date}</translation>
    </message>
    <message>
        <source>leaves the centre by {date}</source>
        <translation type="unfinished">quitte le centre au plus tard le {date}</translation>
    </message>
    <message>
        <source>social worker: {name}</source>
        <translation type="unfinished">travailleur social&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation type="unfinished">{done} étapes faites sur {total}</translation>
    </message>
    <message>
        <source>{language} (the family&apos;s language)</source>
        <translation type="unfinished">{language} (la langue de la famille)</translation>
    </message>
    <message>
        <source>Nothing to do right now: the open steps wait for another step.</source>
        <translation type="unfinished">Rien à faire pour l’instant&#xa0;: les étapes ouvertes attendent une autre étape.</translation>
    </message>
    <message>
        <source>All steps are done.</source>
        <translation type="unfinished">Toutes les étapes sont faites.</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished">Ensuite&#xa0;: {title}</translation>
    </message>
    <message>
        <source>late since {date}</source>
        <translation type="unfinished">en retard depuis le {date}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation type="unfinished">au plus tard le {date}</translation>
    </message>
    <message>
        <source>first another step</source>
        <translation type="unfinished">d’abord une autre étape</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}</source>
        <translation type="unfinished">&lt;b&gt;Statut&#xa0;:&lt;/b&gt; {status}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Late:&lt;/b&gt; it was due on {date}</source>
        <translation type="unfinished">&lt;b&gt;En retard&#xa0;:&lt;/b&gt; l’échéance était le {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;By:&lt;/b&gt; {date}</source>
        <translation type="unfinished">&lt;b&gt;Au plus tard le&#xa0;:&lt;/b&gt; {date}</translation>
    </message>
    <message>
        <source>Only the social worker records that the family left the centre: tell them the day the family left and where they went.</source>
        <translation type="unfinished">Seul l’assistant social enregistre que la famille a quitté le centre&#xa0;: indiquez-lui le jour du départ et où la famille est allée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;First:&lt;/b&gt; {steps}</source>
        <translation type="unfinished">&lt;b&gt;D’abord&#xa0;:&lt;/b&gt; {steps}</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">À apporter</translation>
    </message>
    <message>
        <source>Nothing in particular.</source>
        <translation type="unfinished">Rien de particulier.</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation type="unfinished">Où aller</translation>
    </message>
    <message>
        <source>Ask the social worker where to go for this step.</source>
        <translation type="unfinished">Demandez au travailleur social où aller pour cette étape.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note on this step:&lt;/b&gt; {note}</source>
        <translation type="unfinished">&lt;b&gt;Note sur cette étape&#xa0;:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>&lt;b&gt;To check with the social worker:&lt;/b&gt; {note}</source>
        <translation type="unfinished">&lt;b&gt;À vérifier avec le travailleur social&#xa0;:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>Address not in the directory yet: ask the social worker.</source>
        <translation type="unfinished">Adresse pas encore dans le répertoire&#xa0;: demandez au travailleur social.</translation>
    </message>
    <message>
        <source>Opening hours: {hours}</source>
        <translation type="unfinished">Heures d’ouverture&#xa0;: {hours}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation type="unfinished">Téléphone&#xa0;: {phone}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation type="unfinished">Courriel&#xa0;: {email}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation type="unfinished">Langues&#xa0;: {languages}</translation>
    </message>
    <message>
        <source>Bring: {items}</source>
        <translation type="unfinished">À apporter&#xa0;: {items}</translation>
    </message>
    <message>
        <source>No appointment planned.</source>
        <translation type="unfinished">Aucun rendez-vous prévu.</translation>
    </message>
    <message>
        <source>Your last note for the social worker ({date}): “{text}”</source>
        <translation type="unfinished">Votre dernière note pour le travailleur social ({date})&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>No longer &amp;waiting</source>
        <translation type="unfinished">Plus en &amp;attente</translation>
    </message>
    <message>
        <source>&amp;Waiting for someone</source>
        <translation type="unfinished">En &amp;attente de quelqu’un</translation>
    </message>
    <message>
        <source>Mark done: {step}</source>
        <translation type="unfinished">Marquer faite&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Waiting: {step}</source>
        <translation type="unfinished">En attente&#xa0;: {step}</translation>
    </message>
    <message>
        <source>No longer waiting: {step}</source>
        <translation type="unfinished">Plus en attente&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Note for the social worker</source>
        <translation type="unfinished">Note pour le travailleur social</translation>
    </message>
    <message>
        <source>What should the social worker know? (They see it highlighted; do not write medical or other sensitive details here.)</source>
        <translation type="unfinished">Que doit savoir le travailleur social&#xa0;? (Il la verra mise en évidence&#xa0;; n’écrivez ici aucun détail médical ni autre information sensible.)</translation>
    </message>
</context>
<context>
    <name>BuddyWorkspaceView</name>
    <message>
        <source>Your families and their next steps</source>
        <translation type="unfinished">Vos familles et leurs prochaines étapes</translation>
    </message>
    <message>
        <source>&amp;Your families</source>
        <translation type="unfinished">Vos &amp;familles</translation>
    </message>
    <message>
        <source>Choose a family to see its next steps, what to bring and where to go.</source>
        <translation type="unfinished">Choisissez une famille pour voir ses prochaines étapes, ce qu’il faut apporter et où aller.</translation>
    </message>
    <message>
        <source>A social worker assigns families to you. You see only those families.</source>
        <translation type="unfinished">Un travailleur social vous attribue des familles. Vous ne voyez que ces familles.</translation>
    </message>
    <message>
        <source>&amp;Explanations in:</source>
        <translation type="unfinished">&amp;Explications en&#xa0;:</translation>
    </message>
    <message>
        <source>Show &amp;later steps too</source>
        <translation type="unfinished">Afficher aussi les étapes &amp;ultérieures</translation>
    </message>
    <message>
        <source>Also the open steps that must wait for another step first, or are blocked.</source>
        <translation type="unfinished">Aussi les étapes ouvertes qui doivent d’abord attendre une autre étape, ou qui sont bloquées.</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation type="unfinished">Étapes &amp;suivantes</translation>
    </message>
    <message>
        <source>The family&apos;s next steps, the most urgent first. Choose one to read what to do, what to bring and where to go.</source>
        <translation type="unfinished">Les prochaines étapes de la famille, les plus urgentes d’abord. Choisissez-en une pour lire quoi faire, quoi apporter et où aller.</translation>
    </message>
    <message>
        <source>What to do, what to bring and where to go</source>
        <translation type="unfinished">Quoi faire, quoi apporter et où aller</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished">&amp;Marquer comme faite</translation>
    </message>
    <message>
        <source>The selected step is done (today).</source>
        <translation type="unfinished">L’étape sélectionnée est faite (aujourd’hui).</translation>
    </message>
    <message>
        <source>&amp;Waiting for someone</source>
        <translation type="unfinished">En &amp;attente de quelqu’un</translation>
    </message>
    <message>
        <source>The family did its part and waits for an answer or a document from someone else.</source>
        <translation type="unfinished">La famille a fait sa part et attend une réponse ou un document de quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Appo&amp;intments</source>
        <translation type="unfinished">Rendez-&amp;vous</translation>
    </message>
    <message>
        <source>The family&apos;s appointments from today on: when, where and what to bring.</source>
        <translation type="unfinished">Les rendez-vous de la famille à partir d’aujourd’hui&#xa0;: quand, où et quoi apporter.</translation>
    </message>
    <message>
        <source>&amp;Add appointment…</source>
        <translation type="unfinished">Ajouter un &amp;rendez-vous…</translation>
    </message>
    <message>
        <source>Note for the &amp;social worker…</source>
        <translation type="unfinished">Note pour le &amp;travailleur social…</translation>
    </message>
    <message>
        <source>A short message for the family&apos;s social worker, who sees it highlighted.</source>
        <translation type="unfinished">Un court message pour le travailleur social de la famille, qui le verra mis en évidence.</translation>
    </message>
</context>
<context>
    <name>CentreEditDialog</name>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">Centre d’accueil</translation>
    </message>
    <message>
        <source>New reception centre</source>
        <translation type="unfinished">Nouveau centre d’accueil</translation>
    </message>
    <message>
        <source>Reception centre {name}</source>
        <translation type="unfinished">Centre d’accueil {name}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation type="unfinished">Certaines modifications ne sont pas enregistrées. Fermer et les perdre&#xa0;?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <source>Na&amp;me of the centre</source>
        <translation type="unfinished">&amp;Nom du centre</translation>
    </message>
    <message>
        <source>e.g. Centre Croix-Rouge de Jodoigne</source>
        <translation type="unfinished">p. ex. Centre Croix-Rouge de Jodoigne</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation type="unfinished">&amp;Opérateur</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation type="unfinished">&amp;Rue et numéro</translation>
    </message>
    <message>
        <source>e.g. Rue de la Station 12</source>
        <translation type="unfinished">p. ex. Rue de la Station 12</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished">&amp;Code postal</translation>
    </message>
    <message>
        <source>e.g. 1370</source>
        <translation type="unfinished">p. ex. 1370</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation type="unfinished">Co&amp;mmune</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished">T&amp;éléphone</translation>
    </message>
    <message>
        <source>e.g. 010 81 23 45</source>
        <translation type="unfinished">p. ex. 010 81 23 45</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">&amp;E-mail</translation>
    </message>
    <message>
        <source>e.g. reception@centre.be</source>
        <translation type="unfinished">p. ex. accueil@centre.be</translation>
    </message>
    <message>
        <source>Ente&amp;rprise number</source>
        <translation type="unfinished">N° d’en&amp;treprise</translation>
    </message>
    <message>
        <source>optional, e.g. 0403.019.261</source>
        <translation type="unfinished">facultatif, p. ex. 0403.019.261</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation type="unfinished">&amp;Logo</translation>
    </message>
    <message>
        <source>No logo (optional)</source>
        <translation type="unfinished">Pas de logo (facultatif)</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation type="unfinished">Choisir une image…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of at most 1 MB, printed at the top of letters and dossiers.</source>
        <translation type="unfinished">Une image PNG ou JPEG de 1 Mo au plus, imprimée en haut des lettres et des dossiers.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished">Enle&amp;ver</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished">Enlever le logo</translation>
    </message>
    <message>
        <source>Logo of the centre</source>
        <translation type="unfinished">Logo du centre</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished">Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>not a Belgian postcode</source>
        <translation type="unfinished">ce n’est pas un code postal belge</translation>
    </message>
    <message>
        <source>Choose the municipality…</source>
        <translation type="unfinished">Choisissez la commune…</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished">Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Preview of the logo</source>
        <translation type="unfinished">Aperçu du logo</translation>
    </message>
    <message>
        <source>This file is not an image that can be shown.</source>
        <translation type="unfinished">Ce fichier n’est pas une image affichable.</translation>
    </message>
    <message>
        <source>Please correct these:</source>
        <translation type="unfinished">Veuillez corriger ceci&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CentresDialog</name>
    <message>
        <source>Reception centres</source>
        <translation type="unfinished">Centres d’accueil</translation>
    </message>
    <message>
        <source>Enter changes the selected centre.</source>
        <translation type="unfinished">Entrée modifie le centre sélectionné.</translation>
    </message>
    <message>
        <source>Show &amp;retired centres</source>
        <translation type="unfinished">Afficher au&amp;ssi les centres désactivés</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished">&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation type="unfinished">&amp;Désactiver…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Fermer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished">Opérateur d’accueil</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished">désactivé</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished">actif</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished">&amp;Réactiver</translation>
    </message>
    <message>
        <source>Retire a centre</source>
        <translation type="unfinished">Désactiver un centre</translation>
    </message>
    <message>
        <source>Retire {name}? No new family or account can be added to it. What it has stays as it is: {families} families and {staff} active accounts. You can reactivate it later.</source>
        <translation type="unfinished">Désactiver {name}&#xa0;? Aucune nouvelle famille ni aucun nouveau compte ne pourra y être ajouté. Ce qu’il contient reste tel quel&#xa0;: familles&#xa0;: {families}, comptes actifs&#xa0;: {staff}. Vous pourrez le réactiver plus tard.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished">Désactiver</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Added by hand</source>
        <extracomment>the rule&apos;s warning (source text, &quot;Deadlines&quot; context, ``{total}`` and ``{maximum}``), None within the maximum; recording it then needs a reason for going beyond it Buckets of days left before the exit, in display order: (key, lowest, highest) inclusive. The deadline functions in the order of ``compute_deadlines``, each with the fields of :class:`CaseDates` it reads (``today`` always). ``case_deadlines`` calls each one on a case reduced to those fields, so that families sharing them share the (cached) result; a unit test checks that the result equals ``compute_deadlines`` on many cases.</extracomment>
        <translation type="unfinished">Ajoutée manuellement</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Exit-support checklist</source>
        <translation type="unfinished">Liste des démarches de sortie</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Prochaine étape</translation>
    </message>
    <message>
        <source>Checklist steps by track</source>
        <translation type="unfinished">Étapes de la liste par volet</translation>
    </message>
    <message>
        <source>Space ticks the selected step as done; F2 changes its status.</source>
        <translation type="unfinished">Espace coche l’étape sélectionnée comme faite&#xa0;; F2 change son statut.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Échéance</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished">Faite le</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished">Modifiée par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation type="unfinished">Étape sélectionnée</translation>
    </message>
    <message>
        <source>The day the selected step was done: today or earlier. Enter saves it.</source>
        <translation type="unfinished">Le jour où l’étape sélectionnée a été faite&#xa0;: aujourd’hui ou avant. Entrée l’enregistre.</translation>
    </message>
    <message>
        <source>&amp;Mark done on this date</source>
        <translation type="unfinished">Marquer faite à cette da&amp;te</translation>
    </message>
    <message>
        <source>Ne&amp;w due date…</source>
        <translation type="unfinished">Nouvelle é&amp;chéance…</translation>
    </message>
    <message>
        <source>History of the selected step</source>
        <translation type="unfinished">Historique de l’étape sélectionnée</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation type="unfinished">Changer le &amp;statut</translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation type="unfinished">&amp;Remarque…</translation>
    </message>
    <message>
        <source>&amp;New step…</source>
        <translation type="unfinished">&amp;Nouvelle étape…</translation>
    </message>
    <message>
        <source>E&amp;xtension of stay…</source>
        <translation type="unfinished">Pro&amp;longation du séjour…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">Ann&amp;uler</translation>
    </message>
    <message>
        <source>Changes recorded as</source>
        <translation type="unfinished">Modifications enregistrées au nom de</translation>
    </message>
    <message>
        <source>Signed-in person recording the changes</source>
        <translation type="unfinished">Personne connectée qui enregistre les modifications</translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished">À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">En cours</translation>
    </message>
    <message>
        <source>Waiting for someone else</source>
        <translation type="unfinished">En attente de quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Faite</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished">Sans objet</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished">Bloquée</translation>
    </message>
    <message>
        <source>not yet possible</source>
        <translation type="unfinished">pas encore possible</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation type="unfinished">Flandre</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation type="unfinished">Bruxelles</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation type="unfinished">Wallonie</translation>
    </message>
    <message>
        <source>German-speaking Community</source>
        <translation type="unfinished">Communauté germanophone</translation>
    </message>
    <message>
        <source>not known yet (only the steps common to every region)</source>
        <translation type="unfinished">pas encore connue (uniquement les étapes communes à toutes les régions)</translation>
    </message>
    <message>
        <source>No checklist yet: it starts when the protection decision is recorded.</source>
        <translation type="unfinished">Pas encore de liste des démarches&#xa0;: elle commence quand la décision de protection est enregistrée.</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation type="unfinished">{done} sur {total} faites</translation>
    </message>
    <message>
        <source>&lt;b&gt;All steps are done.&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Toutes les étapes sont faites.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No step is possible right now&lt;/b&gt;: the open steps wait for someone else or are blocked.</source>
        <translation type="unfinished">&lt;b&gt;Aucune étape n’est possible pour l’instant&lt;/b&gt;&#xa0;: les étapes ouvertes attendent quelqu’un d’autre ou sont bloquées.</translation>
    </message>
    <message>
        <source> — overdue since {date}</source>
        <translation type="unfinished"> — en retard depuis le {date}</translation>
    </message>
    <message>
        <source> — due {date}</source>
        <translation type="unfinished"> — échéance le {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; {title}{due}</source>
        <translation type="unfinished">&lt;b&gt;Prochaine étape&#xa0;:&lt;/b&gt; {title}{due}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bring:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;À apporter&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bring:&lt;/b&gt; nothing in particular.</source>
        <translation type="unfinished">&lt;b&gt;À apporter&#xa0;:&lt;/b&gt; rien de particulier.</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation type="unfinished">date non enregistrée</translation>
    </message>
    <message>
        <source>Left the centre on {date} ({how})</source>
        <translation type="unfinished">A quitté le centre le {date} ({how})</translation>
    </message>
    <message>
        <source>Left the centre on {date}</source>
        <translation type="unfinished">A quitté le centre le {date}</translation>
    </message>
    <message>
        <source>Leave reception by {date} ({days} days late)</source>
        <translation type="unfinished">Quitter l’accueil au plus tard le {date} ({days} jours de retard)</translation>
    </message>
    <message>
        <source>Leave reception by {date} ({days} days left)</source>
        <translation type="unfinished">Quitter l’accueil au plus tard le {date} (encore {days} jours)</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation type="unfinished">{done} étapes faites sur {total}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation type="unfinished">Région&#xa0;: {region}</translation>
    </message>
    <message>
        <source>Extension: +{months} months on {date} ({reason})</source>
        <translation type="unfinished">Prolongation&#xa0;: +{months} mois le {date} ({reason})</translation>
    </message>
    <message>
        <source>no longer needed: the family left</source>
        <translation type="unfinished">plus nécessaire&#xa0;: la famille est partie</translation>
    </message>
    <message>
        <source>(new date)</source>
        <translation type="unfinished">(nouvelle date)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished">(en retard)</translation>
    </message>
    <message>
        <source>First: {steps}</source>
        <translation type="unfinished">D’abord&#xa0;: {steps}</translation>
    </message>
    <message>
        <source>Due date set by hand: {reason}</source>
        <translation type="unfinished">Échéance fixée à la main&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Bring: {documents}</source>
        <translation type="unfinished">À apporter&#xa0;: {documents}</translation>
    </message>
    <message>
        <source>No longer needed: the family left the centre.</source>
        <translation type="unfinished">Plus nécessaire&#xa0;: la famille a quitté le centre.</translation>
    </message>
    <message>
        <source>Not yet possible: first {steps}.</source>
        <translation type="unfinished">Pas encore possible&#xa0;: d’abord {steps}.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished">pas de date</translation>
    </message>
    <message>
        <source>Due date set by hand: {date} (by the rules: {computed}). Reason: {reason}</source>
        <translation type="unfinished">Échéance fixée à la main&#xa0;: {date} (selon les règles&#xa0;: {computed}). Motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Blocked: {reason}</source>
        <translation type="unfinished">Bloquée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Kept from the plan for the previous municipality.</source>
        <translation type="unfinished">Conservée du plan prévu pour la commune précédente.</translation>
    </message>
    <message>
        <source>To check: {note}</source>
        <translation type="unfinished">À vérifier&#xa0;: {note}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier changes</source>
        <translation type="unfinished">
            <numerusform>… et %n modification antérieure</numerusform>
            <numerusform>… et %n modifications antérieures</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;History:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Historique&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Change the done date</source>
        <translation type="unfinished">Modifier la da&amp;te</translation>
    </message>
    <message>
        <source>Blocked step</source>
        <translation type="unfinished">Étape bloquée</translation>
    </message>
    <message>
        <source>Why is “{step}” blocked?</source>
        <translation type="unfinished">Pourquoi «&#xa0;{step}&#xa0;» est-elle bloquée&#xa0;?</translation>
    </message>
    <message>
        <source>Mark done: {step}</source>
        <translation type="unfinished">Marquer faite&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Mark not done: {step}</source>
        <translation type="unfinished">Marquer non faite&#xa0;: {step}</translation>
    </message>
    <message>
        <source>{status}: {step}</source>
        <translation type="unfinished">{status}&#xa0;: {step}</translation>
    </message>
    <message>
        <source>The family did not leave?</source>
        <translation type="unfinished">La famille n’est pas partie&#xa0;?</translation>
    </message>
    <message>
        <source>Undo leaving the centre? The case goes back to “in transition”, and its exit date ({date}) and how the family left are cleared.</source>
        <translation type="unfinished">Annuler le départ du centre&#xa0;? Le dossier revient «&#xa0;en transition&#xa0;», et sa date de départ ({date}) ainsi que la façon dont la famille est partie sont effacées.</translation>
    </message>
    <message>
        <source>Back in transition</source>
        <translation type="unfinished">Revenir en transition</translation>
    </message>
    <message>
        <source>Mark the step not done</source>
        <translation type="unfinished">Marquer l’étape non faite</translation>
    </message>
    <message>
        <source>“{step}” was done on {date}. Mark it not done and forget that date?</source>
        <translation type="unfinished">«&#xa0;{step}&#xa0;» a été faite le {date}. La marquer non faite et oublier cette date&#xa0;?</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation type="unfinished">Marquer non faite</translation>
    </message>
    <message>
        <source>Done on…</source>
        <translation type="unfinished">Faite le…</translation>
    </message>
    <message>
        <source>New due date…</source>
        <translation type="unfinished">Nouvelle échéance…</translation>
    </message>
    <message>
        <source>Back to the computed due date</source>
        <translation type="unfinished">Revenir à l’échéance calculée</translation>
    </message>
    <message>
        <source>Remove this step…</source>
        <translation type="unfinished">Retirer cette étape…</translation>
    </message>
    <message>
        <source>Done date: {step}</source>
        <translation type="unfinished">Date de réalisation&#xa0;: {step}</translation>
    </message>
    <message>
        <source>The family left the centre</source>
        <translation type="unfinished">La famille a quitté le centre</translation>
    </message>
    <message>
        <source>New due date: {step}</source>
        <translation type="unfinished">Nouvelle échéance&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Back to the computed due date: {step}</source>
        <translation type="unfinished">Retour à l’échéance calculée&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Forget the due date set by hand for “{step}” ({date}) and its reason?</source>
        <translation type="unfinished">Oublier l’échéance fixée à la main pour «&#xa0;{step}&#xa0;» ({date}) et son motif&#xa0;?</translation>
    </message>
    <message>
        <source>Use the computed date</source>
        <translation type="unfinished">Utiliser la date calculée</translation>
    </message>
    <message>
        <source>Remove a step</source>
        <translation type="unfinished">Retirer une étape</translation>
    </message>
    <message>
        <source>Remove the step “{step}” from this family&apos;s checklist?</source>
        <translation type="unfinished">Retirer l’étape «&#xa0;{step}&#xa0;» de la liste de cette famille&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Retirer</translation>
    </message>
    <message>
        <source>Remove step: {step}</source>
        <translation type="unfinished">Retirer l’étape&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Note on “{step}”:</source>
        <translation type="unfinished">Remarque sur «&#xa0;{step}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Note: {step}</source>
        <translation type="unfinished">Remarque&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation type="unfinished">Ajouter une étape</translation>
    </message>
    <message>
        <source>What needs to be done (for this family only)?</source>
        <translation type="unfinished">Que faut-il faire (pour cette famille uniquement)&#xa0;?</translation>
    </message>
    <message>
        <source>New step: {step}</source>
        <translation type="unfinished">Nouvelle étape&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Extension of the stay</source>
        <translation type="unfinished">Prolongation du séjour</translation>
    </message>
    <message>
        <source>the system</source>
        <translation type="unfinished">le système</translation>
    </message>
    <message>
        <source>postponed from {old} to {new}: {reason}</source>
        <translation type="unfinished">reportée du {old} au {new}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>back to the computed due date ({date})</source>
        <translation type="unfinished">retour à l’échéance calculée ({date})</translation>
    </message>
    <message>
        <source>the family left the centre on {date} ({how})</source>
        <translation type="unfinished">la famille a quitté le centre le {date} ({how})</translation>
    </message>
    <message>
        <source>done date changed from {old} to {new}</source>
        <translation type="unfinished">date de réalisation changée du {old} au {new}</translation>
    </message>
    <message>
        <source>undid a change</source>
        <translation type="unfinished">a annulé une modification</translation>
    </message>
    <message>
        <source>step added</source>
        <translation type="unfinished">étape ajoutée</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation type="unfinished">remarque modifiée</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation type="unfinished">statut&#xa0;: {status}</translation>
    </message>
    <message>
        <source>{date}, {who}: {what}</source>
        <translation type="unfinished">{date}, {who}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation type="unfinished">(annulé)</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Handover dossier</source>
        <translation type="unfinished">Dossier de passation</translation>
    </message>
    <message>
        <source>Referral to a service</source>
        <translation type="unfinished">Orientation vers un service</translation>
    </message>
    <message>
        <source>Letters to an authority</source>
        <translation type="unfinished">Courriers à une administration</translation>
    </message>
    <message>
        <source>Sharing contact details</source>
        <translation type="unfinished">Partage des coordonnées</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <source>Consents</source>
        <translation type="unfinished">Consentements</translation>
    </message>
    <message>
        <source>What the family agreed may be shared, with whom, and when the consent was given or withdrawn.</source>
        <translation type="unfinished">Ce que la famille a accepté de partager, avec qui, et quand le consentement a été donné ou retiré.</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation type="unfinished">Consentements enregistrés</translation>
    </message>
    <message>
        <source>Delete records the selected consent as withdrawn today, after asking.</source>
        <translation type="unfinished">Suppr enregistre le consentement sélectionné comme retiré aujourd’hui, après confirmation.</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation type="unfinished">Nouveau consentement</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished">&amp;Pour</translation>
    </message>
    <message>
        <source>What the consent is for</source>
        <translation type="unfinished">À quoi sert l’accord</translation>
    </message>
    <message>
        <source>&amp;What is shared</source>
        <translation type="unfinished">&amp;Ce qui est partagé</translation>
    </message>
    <message>
        <source>e.g. handover dossier, school enrolment</source>
        <translation type="unfinished">p. ex. dossier de transmission, inscription scolaire</translation>
    </message>
    <message>
        <source>Reci&amp;pient in the directory</source>
        <translation type="unfinished">Destinataire dans l’&amp;annuaire</translation>
    </message>
    <message>
        <source>Recipient in the directory</source>
        <translation type="unfinished">Destinataire dans l’annuaire</translation>
    </message>
    <message>
        <source>&amp;Shared with</source>
        <translation type="unfinished">&amp;Partagé avec</translation>
    </message>
    <message>
        <source>e.g. CPAS de Liège</source>
        <translation type="unfinished">p. ex. CPAS de Liège</translation>
    </message>
    <message>
        <source>Confidential &amp;notes may be shared too</source>
        <translation type="unfinished">Les &amp;notes confidentielles peuvent aussi être communiquées</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation type="unfinished">&amp;Donné par</translation>
    </message>
    <message>
        <source>Given &amp;on</source>
        <translation type="unfinished">Donné &amp;le</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">&amp;Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Withdrawn &amp;today</source>
        <translation type="unfinished">Retiré au&amp;jourd’hui</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Fermer</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">Pour</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation type="unfinished">Ce qui est partagé</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished">Partagé avec</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished">Donné par</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished">Donné le</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished">Retiré le</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished">Enregistré par</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation type="unfinished">Notes confidentielles</translation>
    </message>
    <message>
        <source>Consents — {case}</source>
        <extracomment>the directory kinds a consent may name (CPAS, municipality, integration agency, the centre&apos;s own entries)</extracomment>
        <translation type="unfinished">Consentements — {case}</translation>
    </message>
    <message>
        <source>Other (say what below)</source>
        <translation type="unfinished">Autre (précisez ci-dessous)</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation type="unfinished">Toute la famille</translation>
    </message>
    <message>
        <source>A consent cannot be given in the future.</source>
        <translation type="unfinished">Un consentement ne peut pas être donné dans le futur.</translation>
    </message>
    <message>
        <source>Not in the directory (type the name below)</source>
        <translation type="unfinished">Pas dans l’annuaire (tapez le nom ci-dessous)</translation>
    </message>
    <message>
        <source>the whole family</source>
        <translation type="unfinished">toute la famille</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">oui</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished">Consentement retiré</translation>
    </message>
    <message>
        <source>Record that the consent to share “{what}” with {whom} was withdrawn today?</source>
        <translation type="unfinished">Enregistrer que le consentement au partage de «&#xa0;{what}&#xa0;» avec {whom} a été retiré aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retiré</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished">Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation type="unfinished">&amp;Travailleur social</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation type="unfinished">&amp;Volet</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> jours</translation>
    </message>
    <message>
        <source>Due w&amp;ithin</source>
        <translation type="unfinished">Échéance &amp;dans les</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished">A&amp;ctualiser</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished">E&amp;xporter…</translation>
    </message>
    <message>
        <source>The dashboard&apos;s counts and tables, every row, as an Excel or CSV file</source>
        <translation type="unfinished">Les chiffres et les tableaux du tableau de bord, toutes les lignes, dans un fichier Excel ou CSV</translation>
    </message>
    <message>
        <source>Families by days left before leaving reception</source>
        <translation type="unfinished">Familles selon les jours restants avant de quitter l’accueil</translation>
    </message>
    <message>
        <source>&amp;Families by days left</source>
        <translation type="unfinished">&amp;Familles selon les jours restants</translation>
    </message>
    <message>
        <source>Enter or a double click opens the family&apos;s checklist in the main window.</source>
        <translation type="unfinished">Entrée ou un double-clic ouvre la liste des démarches de la famille dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>&amp;Overdue steps</source>
        <translation type="unfinished">Étapes en &amp;retard</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation type="unfinished">Étapes en retard</translation>
    </message>
    <message>
        <source>Family &amp;reunification windows</source>
        <translation type="unfinished">Délais de re&amp;groupement familial</translation>
    </message>
    <message>
        <source>Family reunification windows closing soon</source>
        <translation type="unfinished">Délais de regroupement familial qui se terminent bientôt</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open the family.</source>
        <translation type="unfinished">Double-cliquez sur une ligne (ou appuyez sur Entrée) pour ouvrir la famille.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished">en retard</translation>
    </message>
    <message>
        <source>0–7 days</source>
        <translation type="unfinished">0–7 jours</translation>
    </message>
    <message>
        <source>8–14 days</source>
        <translation type="unfinished">8–14 jours</translation>
    </message>
    <message>
        <source>15–30 days</source>
        <translation type="unfinished">15–30 jours</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished">31–60 jours</translation>
    </message>
    <message>
        <source>more than 60 days</source>
        <translation type="unfinished">plus de 60 jours</translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished">pas de date</translation>
    </message>
    <message>
        <source>Whole centre (all workers)</source>
        <translation type="unfinished">Tout le centre (tous les travailleurs sociaux)</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished">Tous les volets</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Chargement…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; families still in reception</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; familles encore en accueil</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; overdue steps</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; étapes en retard</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; steps due within {days} days</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; étapes à échéance dans les {days} jours</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; family reunification windows closing within {days} days</source>
        <translation type="unfinished">&lt;b&gt;{n}&lt;/b&gt; délais de regroupement familial se terminant dans les {days} jours</translation>
    </message>
    <message>
        <source>Days left before leaving reception — {buckets}</source>
        <translation type="unfinished">Jours restants avant de quitter l’accueil — {buckets}</translation>
    </message>
    <message>
        <source>Each table shows the first {n} rows.</source>
        <translation type="unfinished">Chaque tableau affiche les {n} premières lignes.</translation>
    </message>
    <message>
        <source>&amp;Families by days left ({n})</source>
        <translation type="unfinished">&amp;Familles selon les jours restants ({n})</translation>
    </message>
    <message>
        <source>&amp;Overdue steps ({n})</source>
        <translation type="unfinished">Étapes en &amp;retard ({n})</translation>
    </message>
    <message>
        <source>Family &amp;reunification windows ({n})</source>
        <translation type="unfinished">Délais de re&amp;groupement familial ({n})</translation>
    </message>
    <message>
        <source>Leave by</source>
        <translation type="unfinished">Départ au plus tard le</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished">Jours restants</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">Dossier</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Famille</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished">Travailleur social</translation>
    </message>
    <message>
        <source>Open steps</source>
        <translation type="unfinished">Étapes ouvertes</translation>
    </message>
    <message>
        <source>{n} late</source>
        <translation type="unfinished">{n} de retard</translation>
    </message>
    <message numerus="yes">
        <source>%n steps overdue</source>
        <translation type="unfinished">
            <numerusform>%n étape en retard</numerusform>
            <numerusform>%n étapes en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation type="unfinished">
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Was due</source>
        <translation type="unfinished">Échéance prévue</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished">Jours de retard</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Favourable window ends</source>
        <translation type="unfinished">Fin du délai favorable</translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished">Demande</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This database was written by a newer version of Transition Assistant (schema {revision}). Install the newer version to open it; the file has not been changed.</source>
        <extracomment>The newest revision in ``migrations/versions`` (a test checks it matches Alembic&apos;s head).</extracomment>
        <translation type="unfinished">Cette base de données a été créée par une version plus récente de Transition Assistant (schéma {revision}). Installez cette version plus récente pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This file is not a Transition Assistant database; it has not been changed.</source>
        <translation type="unfinished">Ce fichier n’est pas une base de données de Transition Assistant&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase. Enter the passphrase to open it.</source>
        <translation type="unfinished">Cette base de données est protégée par une phrase secrète. Saisissez la phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This database is protected by a passphrase and no keyring is available: set TRANSITION_APP_PASSPHRASE to the passphrase.</source>
        <translation type="unfinished">Cette base de données est protégée par une phrase secrète et aucun trousseau de clés n’est disponible&#xa0;: définissez TRANSITION_APP_PASSPHRASE avec la phrase secrète.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the database key: choose a passphrase to protect the new database.</source>
        <translation type="unfinished">Aucun trousseau de clés du système n’est disponible pour conserver la clé de la base de données&#xa0;: choisissez une phrase secrète pour protéger la nouvelle base de données.</translation>
    </message>
    <message>
        <source>The key of this database is not in this computer&apos;s keyring ({reason}). Enter the recovery key to open the database; the key will be stored in the keyring again.</source>
        <translation type="unfinished">La clé de cette base de données n’est pas dans le trousseau de clés de cet ordinateur ({reason}). Saisissez la clé de récupération pour ouvrir la base de données&#xa0;; la clé sera de nouveau enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. The database has not been changed.</source>
        <translation type="unfinished">La phrase secrète n’est pas correcte. La base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database (it may belong to another one). The database has not been changed.</source>
        <translation type="unfinished">Cette clé de récupération n’ouvre pas cette base de données (elle appartient peut-être à une autre). La base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The key does not open this database file. The file has not been changed.</source>
        <translation type="unfinished">La clé n’ouvre pas ce fichier de base de données. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This is not a valid recovery key; check it for typing mistakes. A recovery key has 14 groups of 4 letters and digits.</source>
        <translation type="unfinished">Ce n’est pas une clé de récupération valide&#xa0;; vérifiez les fautes de frappe. Une clé de récupération compte 14 groupes de 4 lettres et chiffres.</translation>
    </message>
    <message>
        <source>This database is not encrypted. The file has not been changed.</source>
        <translation type="unfinished">Cette base de données n’est pas chiffrée. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This file is not an encrypted Transition Assistant database, or it does not belong with its key information. The file has not been changed.</source>
        <translation type="unfinished">Ce fichier n’est pas une base de données chiffrée de Transition Assistant, ou il ne correspond pas à ses informations de clé. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The key information file next to the database cannot be read ({reason}). The database has not been changed; the recovery key can still open it.</source>
        <translation type="unfinished">Le fichier d’informations de clé situé à côté de la base de données ne peut pas être lu ({reason}). La base de données n’a pas été modifiée&#xa0;; la clé de récupération peut toujours l’ouvrir.</translation>
    </message>
    <message>
        <source>This database already has a key. Nothing has been changed.</source>
        <translation type="unfinished">Cette base de données a déjà une clé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation type="unfinished">La phrase secrète doit compter au moins {minimum} caractères.</translation>
    </message>
    <message>
        <source>The key could not be stored in the keyring ({reason}). Choose a passphrase instead.</source>
        <translation type="unfinished">La clé n’a pas pu être enregistrée dans le trousseau de clés ({reason}). Choisissez plutôt une phrase secrète.</translation>
    </message>
    <message>
        <source>no key information</source>
        <translation type="unfinished">aucune information de clé</translation>
    </message>
    <message>
        <source>no system keyring</source>
        <translation type="unfinished">pas de trousseau de clés du système</translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished">introuvable</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation type="unfinished">non conservée</translation>
    </message>
    <message>
        <source>the keyring entry does not match</source>
        <translation type="unfinished">l’entrée du trousseau de clés ne correspond pas</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished">endommagé</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished">format inconnu</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the key of the new database: set TRANSITION_APP_PASSPHRASE to a passphrase (at least {minimum} characters) to protect it, or run the command in a terminal to type one.</source>
        <translation type="unfinished">Aucun trousseau de clés du système n’est disponible pour conserver la clé de la nouvelle base de données&#xa0;: définissez TRANSITION_APP_PASSPHRASE avec une phrase secrète (au moins {minimum} caractères) pour la protéger, ou lancez la commande dans un terminal pour en taper une.</translation>
    </message>
    <message>
        <source>The key of this database is not in this computer&apos;s keyring: set TRANSITION_APP_RECOVERY_KEY to its recovery key (and TRANSITION_APP_PASSPHRASE if there is no keyring).</source>
        <translation type="unfinished">La clé de cette base de données n’est pas dans le trousseau de clés de cet ordinateur&#xa0;: définissez TRANSITION_APP_RECOVERY_KEY avec sa clé de récupération (et TRANSITION_APP_PASSPHRASE s’il n’y a pas de trousseau).</translation>
    </message>
    <message>
        <source>Backups are made of the encrypted embedded database only; a server database is backed up with the server&apos;s own tools.</source>
        <translation type="unfinished">Seule la base de données intégrée chiffrée est sauvegardée ainsi&#xa0;; une base de données sur serveur se sauvegarde avec les outils du serveur.</translation>
    </message>
    <message>
        <source>Choose another file for the backup: this one belongs to the database itself.</source>
        <translation type="unfinished">Choisissez un autre fichier pour la sauvegarde&#xa0;: celui-ci appartient à la base de données elle-même.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished">Le répertoire {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>The backup could not be written ({reason}). No backup file was kept.</source>
        <translation type="unfinished">La sauvegarde n’a pas pu être écrite ({reason}). Aucun fichier de sauvegarde n’a été conservé.</translation>
    </message>
    <message>
        <source>The backup just written did not pass its check ({reason}); it was deleted. Try again, or write it to another disk.</source>
        <translation type="unfinished">La sauvegarde qui vient d’être écrite n’a pas passé sa vérification ({reason})&#xa0;; elle a été supprimée. Réessayez, ou écrivez-la sur un autre disque.</translation>
    </message>
    <message>
        <source>The backup file {file} does not exist. Nothing has been changed.</source>
        <translation type="unfinished">Le fichier de sauvegarde {file} n’existe pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete ({reason}). Nothing has been changed.</source>
        <translation type="unfinished">Ce fichier de sauvegarde est endommagé ou incomplet ({reason}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This file is not a Transition Assistant backup. Nothing has been changed.</source>
        <translation type="unfinished">Ce fichier n’est pas une sauvegarde de Transition Assistant. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This file is an unencrypted database, not an encrypted backup. Nothing has been changed.</source>
        <translation type="unfinished">Ce fichier est une base de données non chiffrée, pas une sauvegarde chiffrée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup does not open with the key of this database: it was made from another database (give its recovery key to restore it) or it is damaged. Nothing has been changed.</source>
        <translation type="unfinished">Cette sauvegarde ne s’ouvre pas avec la clé de cette base de données&#xa0;: elle provient d’une autre base de données (indiquez sa clé de récupération pour la restaurer) ou elle est endommagée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This recovery key does not open this backup (it may belong to another database), or the backup is damaged. Nothing has been changed.</source>
        <translation type="unfinished">Cette clé de récupération n’ouvre pas cette sauvegarde (elle appartient peut-être à une autre base de données), ou la sauvegarde est endommagée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no database here yet: the recovery key of the backed-up database is needed to restore it on this computer. Nothing has been changed.</source>
        <translation type="unfinished">Il n’y a pas encore de base de données ici&#xa0;: la clé de récupération de la base de données sauvegardée est nécessaire pour la restaurer sur cet ordinateur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Transition Assistant (schema {revision}). Install the newer version to restore it; nothing has been changed.</source>
        <translation type="unfinished">Cette sauvegarde a été créée par une version plus récente de Transition Assistant (schéma {revision}). Installez cette version plus récente pour la restaurer&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database is open in another window or program: close Transition Assistant everywhere else, then restore again. Nothing has been changed.</source>
        <translation type="unfinished">La base de données est ouverte dans une autre fenêtre ou un autre programme&#xa0;: fermez Transition Assistant partout ailleurs, puis relancez la restauration. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished">le fichier est vide</translation>
    </message>
    <message>
        <source>it does not hold the rows its list of contents names</source>
        <translation type="unfinished">il ne contient pas les lignes que sa liste de contenu annonce</translation>
    </message>
    <message>
        <source>its rows differ from those of the database</source>
        <translation type="unfinished">ses lignes diffèrent de celles de la base de données</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd</source>
        <comment>hint of a date field: the day</comment>
        <translation type="unfinished">jj</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>hint of a date field: the month</comment>
        <translation type="unfinished">mm</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>hint of a date field: the year</comment>
        <translation type="unfinished">aaaa</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished">Calendrier</translation>
    </message>
    <message>
        <source>Arrow keys move between days, Page Up and Page Down between months; Enter chooses the day, Escape closes the calendar.</source>
        <translation type="unfinished">Les flèches passent d’un jour à l’autre, Page haut et Page bas d’un mois à l’autre&#xa0;; Entrée choisit le jour, Échap ferme le calendrier.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished">&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished">&amp;Effacer</translation>
    </message>
    <message>
        <source>Leave the date empty (Ctrl+Delete in the field)</source>
        <translation type="unfinished">Laisser la date vide (Ctrl+Suppr dans le champ)</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation type="unfinished">Calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation type="unfinished">Ouvrir le calendrier</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation type="unfinished">Une date est nécessaire ici.</translation>
    </message>
    <message>
        <source>The date cannot be before {date}.</source>
        <translation type="unfinished">La date ne peut pas être antérieure au {date}.</translation>
    </message>
    <message>
        <source>The date cannot be after {date}.</source>
        <translation type="unfinished">La date ne peut pas être postérieure au {date}.</translation>
    </message>
    <message>
        <source>{hint} (required)</source>
        <translation type="unfinished">{hint} (obligatoire)</translation>
    </message>
    <message>
        <source>Date, typed as {hint}; Alt+Down opens a calendar.</source>
        <translation type="unfinished">Date, à taper sous la forme {hint}&#xa0;; Alt+Bas ouvre un calendrier.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished">Obligatoire.</translation>
    </message>
    <message>
        <source>Optional: Ctrl+Delete empties it.</source>
        <translation type="unfinished">Facultatif&#xa0;: Ctrl+Suppr le vide.</translation>
    </message>
    <message>
        <source>Type the year with four digits, e.g. {example}.</source>
        <translation type="unfinished">Tapez l’année en quatre chiffres, p. ex. {example}.</translation>
    </message>
    <message>
        <source>The year is missing: type the date as {hint}.</source>
        <translation type="unfinished">L’année manque&#xa0;: tapez la date sous la forme {hint}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: there is no month {month}.</source>
        <translation type="unfinished">«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;: il n’y a pas de mois {month}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: {month} {year} has {days} days.</source>
        <translation type="unfinished">«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;: {month} {year} compte {days} jours.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as {hint}, e.g. {example}.</source>
        <translation type="unfinished">«&#xa0;{text}&#xa0;» n’est pas une date. Tapez-la sous la forme {hint}, p. ex. {example}.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>The extensions add up to {total} months, more than the configured maximum of {maximum} months.</source>
        <extracomment>The warning of ``reception_exit`` when the extensions go beyond the rule&apos;s maximum (marked for translation: the interface shows it, translated, before such an extension is saved).</extracomment>
        <translation type="unfinished">Les prolongations totalisent {total} mois, plus que le maximum configuré de {maximum} mois.</translation>
    </message>
    <message>
        <source>Leave the reception centre</source>
        <translation type="unfinished">Quitter le centre d’accueil</translation>
    </message>
    <message>
        <source>Transition interview</source>
        <translation type="unfinished">Entretien de transition</translation>
    </message>
    <message>
        <source>Resident chooses how to leave</source>
        <translation type="unfinished">Choix du mode de sortie par le résident</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation type="unfinished">Regroupement familial</translation>
    </message>
    <message>
        <source>Ask the CPAS/OCMW for the rental guarantee</source>
        <translation type="unfinished">Demander la garantie locative au CPAS</translation>
    </message>
    <message>
        <source>CPAS/OCMW decision on integration income</source>
        <translation type="unfinished">Décision du CPAS sur le revenu d’intégration</translation>
    </message>
    <message>
        <source>Declare the new address</source>
        <translation type="unfinished">Déclarer la nouvelle adresse</translation>
    </message>
    <message>
        <source>Renew the A card</source>
        <translation type="unfinished">Renouveler la carte A</translation>
    </message>
    <message>
        <source>Unlimited stay (B card) possible</source>
        <translation type="unfinished">Séjour illimité (carte B) possible</translation>
    </message>
    <message>
        <source>Integration path</source>
        <translation type="unfinished">Parcours d’intégration</translation>
    </message>
    <message>
        <source>Register for the integration path</source>
        <translation type="unfinished">S’inscrire au parcours d’intégration</translation>
    </message>
    <message>
        <source>Finish the integration path</source>
        <translation type="unfinished">Terminer le parcours d’intégration</translation>
    </message>
</context>
<context>
    <name>DirectoryEditorDialog</name>
    <message>
        <source>Directory of services</source>
        <translation type="unfinished">Répertoire des services</translation>
    </message>
    <message>
        <source>Municipalities, their CPAS/OCMW and the integration agencies come with the application: add their address and opening hours here. Add the NGOs and offices your centre works with. What is entered here is used instead of what comes with the application.</source>
        <translation type="unfinished">Les communes, leur CPAS et les organismes d’intégration sont fournis avec l’application&#xa0;: ajoutez ici leur adresse et leurs heures d’ouverture. Ajoutez les ONG et les services avec lesquels votre centre travaille. Ce qui est saisi ici remplace ce qui est fourni avec l’application.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished">&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>name, address, postcode or municipality</source>
        <translation type="unfinished">nom, adresse, code postal ou commune</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished">Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Only entries added or edited here</source>
        <translation type="unfinished">&amp;Uniquement les entrées ajoutées ou modifiées ici</translation>
    </message>
    <message>
        <source>Directory entries</source>
        <translation type="unfinished">Entrées du répertoire</translation>
    </message>
    <message>
        <source>Choose an entry to see or change it below; Delete removes an entry added here, after asking.</source>
        <translation type="unfinished">Choisissez une entrée pour la voir ou la modifier ci-dessous&#xa0;; Suppr retire une entrée ajoutée ici, après confirmation.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished">Entrée</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished">&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Place for</source>
        <translation type="unfinished">&amp;Lieu pour</translation>
    </message>
    <message>
        <source>The checklist steps that send the family to this kind of place show this entry under &quot;Where to go&quot;.</source>
        <translation type="unfinished">Les étapes de la liste qui envoient la famille vers ce type de lieu affichent cette entrée sous «&#xa0;Où aller&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished">&amp;Adresse</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation type="unfinished">rue et numéro</translation>
    </message>
    <message>
        <source>checked on</source>
        <translation type="unfinished">vérifié le</translation>
    </message>
    <message>
        <source>Date the address was checked</source>
        <translation type="unfinished">Date de vérification de l&apos;adresse</translation>
    </message>
    <message>
        <source>The day this was last checked (by phone, on the website, by letter). Changing the value sets it to today.</source>
        <translation type="unfinished">Le jour de la dernière vérification (par téléphone, sur le site web, par courrier). Modifier la valeur met la date d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Postco&amp;de</source>
        <translation type="unfinished">Co&amp;de postal</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished">Commune</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished">T&amp;éléphone</translation>
    </message>
    <message>
        <source>Date the phone number was checked</source>
        <translation type="unfinished">Date de vérification du numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">&amp;E-mail</translation>
    </message>
    <message>
        <source>Date the e-mail address was checked</source>
        <translation type="unfinished">Date de vérification de l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>We&amp;bsite</source>
        <translation type="unfinished">Site &amp;web</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished">https://…</translation>
    </message>
    <message>
        <source>Opening ho&amp;urs</source>
        <translation type="unfinished">Heure&amp;s d’ouverture</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday 8:30–12:00, by appointment in the afternoon</source>
        <translation type="unfinished">p. ex. du lundi au vendredi 8 h 30–12 h 00, sur rendez-vous l’après-midi</translation>
    </message>
    <message>
        <source>Date the opening hours were checked</source>
        <translation type="unfinished">Date de vérification des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>&amp;Languages spoken</source>
        <translation type="unfinished">Langues &amp;parlées</translation>
    </message>
    <message>
        <source>language codes, e.g. fr nl en ar</source>
        <translation type="unfinished">codes de langue, p. ex. fr nl en ar</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished">Re&amp;marques</translation>
    </message>
    <message>
        <source>The address ma&amp;y be wrong: letters ask for it before printing it</source>
        <translation type="unfinished">L&apos;adresse est peut-être &amp;fausse&#xa0;: les courriers la demandent avant de l&apos;imprimer</translation>
    </message>
    <message>
        <source>New ent&amp;ry</source>
        <translation type="unfinished">N&amp;ouvelle entrée</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished">Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished">Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Fermer</translation>
    </message>
    <message>
        <source>CPAS / OCMW</source>
        <translation type="unfinished">CPAS</translation>
    </message>
    <message>
        <source>Integration agency</source>
        <translation type="unfinished">Organisme d’intégration</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished">ONG</translation>
    </message>
    <message>
        <source>Other office</source>
        <translation type="unfinished">Autre service</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">Centre d’accueil</translation>
    </message>
    <message>
        <source>CGRS</source>
        <translation type="unfinished">CGRA</translation>
    </message>
    <message>
        <source>Immigration Office</source>
        <translation type="unfinished">Office des étrangers</translation>
    </message>
    <message>
        <source>Municipality (population service)</source>
        <translation type="unfinished">Commune (service population)</translation>
    </message>
    <message>
        <source>Local police</source>
        <translation type="unfinished">Police locale</translation>
    </message>
    <message>
        <source>CPAS / OCMW of the new home</source>
        <translation type="unfinished">CPAS du nouveau domicile</translation>
    </message>
    <message>
        <source>Health insurance fund</source>
        <translation type="unfinished">Mutualité</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished">Banque</translation>
    </message>
    <message>
        <source>Housing (landlords, social housing)</source>
        <translation type="unfinished">Logement (propriétaires, logement social)</translation>
    </message>
    <message>
        <source>Employment agency</source>
        <translation type="unfinished">Service public de l’emploi</translation>
    </message>
    <message>
        <source>Child benefit fund</source>
        <translation type="unfinished">Caisse d’allocations familiales</translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished">École</translation>
    </message>
    <message>
        <source>Belgian embassy or consulate</source>
        <translation type="unfinished">Ambassade ou consulat de Belgique</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">Médecin</translation>
    </message>
    <message>
        <source>NGO or social service</source>
        <translation type="unfinished">ONG ou service social</translation>
    </message>
    <message>
        <source>Comes with the application</source>
        <translation type="unfinished">Fournie avec l’application</translation>
    </message>
    <message>
        <source>Comes with the application, edited here</source>
        <translation type="unfinished">Fournie avec l’application, modifiée ici</translation>
    </message>
    <message>
        <source>Added here</source>
        <translation type="unfinished">Ajoutée ici</translation>
    </message>
    <message>
        <source>Everything</source>
        <extracomment>the checked-date field -&gt; (its DateEdit, the edits of the detail it dates)</extracomment>
        <translation type="unfinished">Tout</translation>
    </message>
    <message>
        <source>(not linked to a step)</source>
        <translation type="unfinished">(liée à aucune étape)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">Heures d’ouverture</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Origine</translation>
    </message>
    <message>
        <source>A check cannot be in the future.</source>
        <translation type="unfinished">Une vérification ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>&amp;Only entries added or edited by the centre</source>
        <translation type="unfinished">&amp;Uniquement les entrées ajoutées ou modifiées par le centre</translation>
    </message>
    <message>
        <source>Addresses and opening hours of the CPAS/OCMW, municipalities, integration agencies and the NGOs and offices the centre works with. Only a social worker or a coordinator can change them.</source>
        <translation type="unfinished">Adresses et heures d’ouverture des CPAS, des communes, des organismes d’intégration ainsi que des ONG et services avec lesquels le centre travaille. Seul un travailleur social ou un coordinateur peut les modifier.</translation>
    </message>
    <message>
        <source>Entries shown: {count}</source>
        <translation type="unfinished">Entrées affichées&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Re&amp;move local details…</source>
        <translation type="unfinished">Suppr&amp;imer les données locales…</translation>
    </message>
    <message>
        <source>A new entry: an NGO or an office the centre works with.</source>
        <translation type="unfinished">Une nouvelle entrée&#xa0;: une ONG ou un service avec lequel le centre travaille.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished">Nouvelle entrée</translation>
    </message>
    <message>
        <source>the name comes with the application; what you enter below is used instead of the shipped data.</source>
        <translation type="unfinished">le nom est fourni avec l’application&#xa0;; ce que vous saisissez ci-dessous remplace les données fournies.</translation>
    </message>
    <message>
        <source>Last changed by {name}.</source>
        <translation type="unfinished">Dernière modification par {name}.</translation>
    </message>
    <message>
        <source>from the postcode</source>
        <translation type="unfinished">d’après le code postal</translation>
    </message>
    <message>
        <source>Remove what was entered here for “{name}”? The entry comes back as it is shipped with the application.</source>
        <translation type="unfinished">Supprimer ce qui a été saisi ici pour «&#xa0;{name}&#xa0;»&#xa0;? L’entrée redevient telle qu’elle est fournie avec l’application.</translation>
    </message>
    <message>
        <source>Remove “{name}” from the directory? Steps will no longer show it under “Where to go”.</source>
        <translation type="unfinished">Retirer «&#xa0;{name}&#xa0;» du répertoire&#xa0;? Les étapes ne l’afficheront plus sous «&#xa0;Où aller&#xa0;».</translation>
    </message>
    <message>
        <source>Remove from the directory</source>
        <translation type="unfinished">Retirer du répertoire</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Retirer</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished">Aperçu</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished">Page précédente (touche Page haut)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished">Page précédente</translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished">◀</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation type="unfinished">Pa&amp;ge</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished">Numéro de page</translation>
    </message>
    <message>
        <source>of 1</source>
        <translation type="unfinished">sur 1</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished">Page suivante (touche Page bas)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished">Page suivante</translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished">▶</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished">Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished">Zoom arrière</translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished">−</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished">Agrandissement</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished">Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished">Zoom avant</translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished">+</translation>
    </message>
    <message>
        <source>The preview is kept in memory only. A saved PDF or DOCX file is not encrypted: it is a plain copy of personal data. Keep it only as long as it is needed.</source>
        <translation type="unfinished">L’aperçu est conservé en mémoire uniquement. Un fichier PDF ou DOCX enregistré n’est pas chiffré&#xa0;: c’est une simple copie de données personnelles. Ne le conservez que le temps nécessaire.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished">Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as DO&amp;CX…</source>
        <translation type="unfinished">Enregistrer en DO&amp;CX…</translation>
    </message>
    <message>
        <source>Document preview</source>
        <extracomment>``save(fmt, path, data)`` writes (and e.g. records) a saved file; ``print(pages)`` records a print.</extracomment>
        <translation type="unfinished">Aperçu du document</translation>
    </message>
    <message>
        <source>Arrow keys scroll the page; Page Up and Page Down go to the previous or next page.</source>
        <translation type="unfinished">Les touches fléchées font défiler la page&#xa0;; Page haut et Page bas passent à la page précédente ou suivante.</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished">Ajuster à la largeur</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation type="unfinished">sur {count}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished">L’imprimante n’a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished">Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save as DOCX</source>
        <translation type="unfinished">Enregistrer en DOCX</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished">Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation type="unfinished">Le fichier n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished">Enregistré</translation>
    </message>
    <message>
        <source>Saved {file}.

This file is not encrypted: it is a plain copy of personal data. Keep it only as long as it is needed, and delete it afterwards.</source>
        <translation type="unfinished">{file} enregistré.

Ce fichier n’est pas chiffré&#xa0;: c’est une simple copie de données personnelles. Ne le conservez que le temps nécessaire, puis supprimez-le.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished">&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation type="unfinished">&amp;Lettre…</translation>
    </message>
    <message>
        <source>A letter to an authority, with a copy for the family</source>
        <translation type="unfinished">Une lettre à une autorité, avec une copie pour la famille</translation>
    </message>
    <message>
        <source>&amp;Handover dossier…</source>
        <translation type="unfinished">Dossier de &amp;transmission…</translation>
    </message>
    <message>
        <source>The family&apos;s file for the next actor</source>
        <translation type="unfinished">Le dossier de la famille pour le prochain intervenant</translation>
    </message>
    <message>
        <source>Dossiers for families leaving &amp;soon…</source>
        <translation type="unfinished">Dossiers pour les familles qui partent &amp;bientôt…</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Handover dossier</source>
        <translation type="unfinished">Dossier de transmission</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished">&amp;Destinataire</translation>
    </message>
    <message>
        <source>&amp;Name of the recipient</source>
        <translation type="unfinished">&amp;Nom du destinataire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished">Facultatif</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Langue</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished">Parties</translation>
    </message>
    <message>
        <source>The sections ticked for a recipient are the minimum they need. Share no more than necessary.</source>
        <translation type="unfinished">Les parties cochées pour un destinataire sont le minimum dont il a besoin. Ne partagez pas plus que nécessaire.</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation type="unfinished">Page de garde</translation>
    </message>
    <message>
        <source>Household composition</source>
        <translation type="unfinished">Composition du ménage</translation>
    </message>
    <message>
        <source>Protection status and key dates</source>
        <translation type="unfinished">Statut de protection et dates clés</translation>
    </message>
    <message>
        <source>Exit-support checklist</source>
        <translation type="unfinished">Liste des démarches de sortie</translation>
    </message>
    <message>
        <source>Contacts and referrals</source>
        <translation type="unfinished">Contacts et orientations</translation>
    </message>
    <message>
        <source>Documents obtained and still missing</source>
        <translation type="unfinished">Documents obtenus et encore manquants</translation>
    </message>
    <message>
        <source>Handover notes</source>
        <translation type="unfinished">Notes de transmission</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation type="unfinished">Notes confidentielles</translation>
    </message>
    <message>
        <source>Confidential notes will be in this dossier. Include them only when the recipient needs them and the family agreed.</source>
        <translation type="unfinished">Des notes confidentielles figureront dans ce dossier. Ne les incluez que si le destinataire en a besoin et que la famille est d’accord.</translation>
    </message>
    <message>
        <source>CPAS/OCMW</source>
        <translation type="unfinished">CPAS</translation>
    </message>
    <message>
        <source>Local reception initiative (LOI/ILA)</source>
        <translation type="unfinished">Initiative locale d’accueil (ILA)</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished">ONG</translation>
    </message>
    <message>
        <source>Administrative buddy</source>
        <translation type="unfinished">Parrain/marraine administratif</translation>
    </message>
    <message>
        <source>Next social worker</source>
        <translation type="unfinished">Prochain travailleur social</translation>
    </message>
    <message>
        <source>Each recipient&apos;s language</source>
        <translation type="unfinished">La langue de chaque destinataire</translation>
    </message>
    <message>
        <source>Summary (always first)</source>
        <translation type="unfinished">Résumé (toujours en premier)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished">&amp;Aperçu…</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation type="unfinished">Aucun consentement enregistré</translation>
    </message>
    <message>
        <source>The family has not given its consent to share a handover dossier with this recipient. Why must it be shared anyway? The reason is kept in the audit log: write no personal details.</source>
        <translation type="unfinished">La famille n’a pas donné son consentement pour transmettre un dossier de transmission à ce destinataire. Pourquoi faut-il le transmettre malgré tout&#xa0;? La raison est conservée dans le journal d’audit&#xa0;: n’y écrivez aucune donnée personnelle.</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo “{action}”</source>
        <translation type="unfinished">&amp;Annuler «&#xa0;{action}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The action could not be completed. Please try again.</source>
        <translation type="unfinished">L’action n’a pas pu être effectuée. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message>
        <source>Export a list</source>
        <translation type="unfinished">Exporter une liste</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation type="unfinished">Quelle liste</translation>
    </message>
    <message>
        <source>The &amp;family list, as filtered in the main window</source>
        <translation type="unfinished">La liste des &amp;familles, telle que filtrée dans la fenêtre principale</translation>
    </message>
    <message>
        <source>The &amp;due list: open steps due within</source>
        <translation type="unfinished">La liste des é&amp;chéances&#xa0;: étapes ouvertes à échéance dans les</translation>
    </message>
    <message>
        <source>Days ahead for the due list</source>
        <translation type="unfinished">Nombre de jours pour la liste des échéances</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> jours</translation>
    </message>
    <message>
        <source>and the overdue ones</source>
        <translation type="unfinished">et celles en retard</translation>
    </message>
    <message>
        <source>The da&amp;shboard: its counts and its three tables, every row</source>
        <translation type="unfinished">Le &amp;tableau de bord&#xa0;: ses chiffres et ses trois tableaux, toutes les lignes</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished">Type de f&amp;ichier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished">&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <extracomment>(format, CSV separator) of each choice of the format list</extracomment>
        <translation type="unfinished">Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel in Belgium (fields separated by ;)</source>
        <translation type="unfinished">CSV pour Excel en Belgique (champs séparés par&#xa0;;)</translation>
    </message>
    <message>
        <source>CSV with commas (fields separated by ,)</source>
        <translation type="unfinished">CSV avec virgules (champs séparés par ,)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Progression</translation>
    </message>
    <message>
        <source>Only the families the list shows now (its search and filters).</source>
        <translation type="unfinished">Seulement les familles que la liste montre maintenant (sa recherche et ses filtres).</translation>
    </message>
    <message>
        <source>Every family of the list but the archived ones.</source>
        <translation type="unfinished">Toutes les familles de la liste sauf celles archivées.</translation>
    </message>
    <message>
        <source>With the dashboard&apos;s filters, due within {days} days.</source>
        <translation type="unfinished">Avec les filtres du tableau de bord, échéance dans les {days} jours.</translation>
    </message>
    <message>
        <source>Every worker and every track, due within {days} days.</source>
        <translation type="unfinished">Tous les travailleurs sociaux et tous les volets, échéance dans les {days} jours.</translation>
    </message>
    <message>
        <source>The protection status and the decision date are included: your role may see them.</source>
        <translation type="unfinished">Le statut de protection et la date de la décision sont inclus&#xa0;: votre rôle permet de les voir.</translation>
    </message>
    <message>
        <source>Without the protection decision: your role does not show it.</source>
        <translation type="unfinished">Sans la décision de protection&#xa0;: votre rôle ne la montre pas.</translation>
    </message>
    <message>
        <source>National register numbers, contacts and notes are never in a list. The file is not encrypted: keep it safe and delete it when done.</source>
        <translation type="unfinished">Les numéros de registre national, les coordonnées et les notes ne figurent jamais dans une liste. Le fichier n’est pas chiffré&#xa0;: conservez-le en lieu sûr et supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>family-list</source>
        <translation type="unfinished">liste-des-familles</translation>
    </message>
    <message>
        <source>due-within-{days}-days</source>
        <translation type="unfinished">echeances-dans-{days}-jours</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation type="unfinished">tableau-de-bord</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished">Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished">Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation type="unfinished">Enregistrer la liste sous</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished">Écriture du fichier…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>The family list was saved (%n rows) in {file}.</source>
        <translation type="unfinished">
            <numerusform>La liste des familles a été enregistrée (%n ligne) dans {file}.</numerusform>
            <numerusform>La liste des familles a été enregistrée (%n lignes) dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The due list was saved (%n rows) in {file}.</source>
        <translation type="unfinished">
            <numerusform>La liste des échéances a été enregistrée (%n ligne) dans {file}.</numerusform>
            <numerusform>La liste des échéances a été enregistrée (%n lignes) dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dashboard was saved (%n rows) in {file}.</source>
        <translation type="unfinished">
            <numerusform>Le tableau de bord a été enregistré (%n ligne) dans {file}.</numerusform>
            <numerusform>Le tableau de bord a été enregistré (%n lignes) dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;list…</source>
        <translation type="unfinished">Exporter une &amp;liste…</translation>
    </message>
    <message>
        <source>The family list, the due list or the dashboard as an Excel or CSV file</source>
        <translation type="unfinished">La liste des familles, la liste des échéances ou le tableau de bord dans un fichier Excel ou CSV</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Extension of the stay in reception</source>
        <translation type="unfinished">Prolongation du séjour en accueil</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished">&amp;Durée</translation>
    </message>
    <message>
        <source>Length of the extension in months</source>
        <translation type="unfinished">Durée de la prolongation en mois</translation>
    </message>
    <message>
        <source>&amp;Granted on</source>
        <translation type="unfinished">&amp;Accordée le</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;Motif</translation>
    </message>
    <message>
        <source>e.g. no housing found despite an active search</source>
        <translation type="unfinished">p. ex. pas de logement trouvé malgré une recherche active</translation>
    </message>
    <message>
        <source>Warning of the rules</source>
        <translation type="unfinished">Avertissement des règles</translation>
    </message>
    <message>
        <source>Why go &amp;beyond the maximum?</source>
        <translation type="unfinished">Pourquoi dépasser le ma&amp;ximum&#xa0;?</translation>
    </message>
    <message>
        <source>e.g. agreed by Fedasil on 20 November (medical treatment)</source>
        <translation type="unfinished">p. ex. accord de Fedasil le 20 novembre (traitement médical)</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">Problèmes à corriger</translation>
    </message>
    <message>
        <source>&lt;b&gt;Beyond the maximum.&lt;/b&gt; {rule} This maximum is uncertain and set in the rule data; go beyond it only with an agreement, and say why below.</source>
        <translation type="unfinished">&lt;b&gt;Au-delà du maximum.&lt;/b&gt; {rule} Ce maximum est incertain et fixé dans les données des règles&#xa0;; ne le dépassez qu’avec un accord, et dites pourquoi ci-dessous.</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> mois</translation>
    </message>
    <message>
        <source>Last day in reception: {before} now, {after} with this extension.</source>
        <translation type="unfinished">Dernier jour en accueil&#xa0;: {before} maintenant, {after} avec cette prolongation.</translation>
    </message>
</context>
<context>
    <name>FamilyEditDialog</name>
    <message>
        <source>Family</source>
        <translation type="unfinished">Famille</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation type="unfinished">&amp;Ménage</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation type="unfinished">&amp;Numéro de dossier</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation type="unfinished">Généré automatiquement si le champ reste vide</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished">&amp;Statut</translation>
    </message>
    <message>
        <source>Social &amp;worker</source>
        <translation type="unfinished">&amp;Travailleur social</translation>
    </message>
    <message>
        <source>&amp;Arrival date</source>
        <translation type="unfinished">Date d’arri&amp;vée</translation>
    </message>
    <message>
        <source>E&amp;xit date</source>
        <translation type="unfinished">Date de so&amp;rtie</translation>
    </message>
    <message>
        <source>Mo&amp;ving to (municipality)</source>
        <translation type="unfinished">Va &amp;habiter à (commune)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished">Mem&amp;bres</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished">Membres du ménage</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation type="unfinished">&amp;Retirer le membre</translation>
    </message>
    <message>
        <source>Selected member</source>
        <translation type="unfinished">Membre sélectionné</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation type="unfinished">&amp;Prénoms</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished">&amp;Nom de famille</translation>
    </message>
    <message>
        <source>Re&amp;lation</source>
        <translation type="unfinished">&amp;Lien de parenté</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation type="unfinished">Se&amp;xe</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished">Date de nai&amp;ssance</translation>
    </message>
    <message>
        <source>Nat&amp;ionality</source>
        <translation type="unfinished">Nat&amp;ionalité</translation>
    </message>
    <message>
        <source>&amp;Preferred language</source>
        <translation type="unfinished">Langue pré&amp;férée</translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC</source>
        <translation type="unfinished">AA.MM.JJ-XXX.CC</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <source>In Belgium (untick if abroad, awaiting reunification)</source>
        <translation type="unfinished">En Belgique (décochez si la personne est à l’étranger, en attente du regroupement familial)</translation>
    </message>
    <message>
        <source>Card n&amp;umber</source>
        <translation type="unfinished">N&amp;uméro de carte</translation>
    </message>
    <message>
        <source>Reception c&amp;entre</source>
        <translation type="unfinished">Centre d’acc&amp;ueil</translation>
    </message>
    <message>
        <source>The selected member&apos;s details are below the list. Delete removes the selected member, after asking.</source>
        <translation type="unfinished">Les données du membre sélectionné sont sous la liste. Suppr retire le membre sélectionné, après confirmation.</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished">&amp;Ajouter un membre</translation>
    </message>
    <message>
        <source>La&amp;nguages spoken</source>
        <translation type="unfinished">Lan&amp;gues parlées</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected language.</source>
        <translation type="unfinished">Espace coche ou décoche la langue sélectionnée.</translation>
    </message>
    <message>
        <source>Na&amp;tional register number</source>
        <translation type="unfinished">Numéro de regis&amp;tre national</translation>
    </message>
    <message>
        <source>R&amp;esidence card</source>
        <translation type="unfinished">Titre de séj&amp;our</translation>
    </message>
    <message>
        <source>Card expire&amp;s</source>
        <translation type="unfinished">Carte valable &amp;jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished">&amp;Décision</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <translation type="unfinished">Protection accordée</translation>
    </message>
    <message>
        <source>Protection &amp;status</source>
        <translation type="unfinished">&amp;Statut de protection</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation type="unfinished">Décision &amp;prise par</translation>
    </message>
    <message>
        <source>Asylum &amp;application date</source>
        <translation type="unfinished">Date de la demande d’asi&amp;le</translation>
    </message>
    <message>
        <source>D&amp;ecision date</source>
        <translation type="unfinished">Date de la déc&amp;ision</translation>
    </message>
    <message>
        <source>&amp;Notification date</source>
        <translation type="unfinished">Date de &amp;notification</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished">&amp;Référence</translation>
    </message>
    <message>
        <source>CGRS file number</source>
        <translation type="unfinished">Numéro de dossier CGRA</translation>
    </message>
    <message>
        <source>Immigration Office (OE/DV&amp;Z) number</source>
        <translation type="unfinished">Numéro de l&apos;Office des Etrangers (&amp;OE)</translation>
    </message>
    <message>
        <source>e.g. 8.123.456</source>
        <translation type="unfinished">p. ex. 8.123.456</translation>
    </message>
    <message>
        <source>The family&apos;s file number at the Office des Etrangers / Dienst Vreemdelingenzaken, as on its letters. A CPAS asks for it.</source>
        <translation type="unfinished">Le numéro de dossier de la famille à l&apos;Office des Etrangers, tel qu&apos;il figure sur ses courriers. Le CPAS le demande.</translation>
    </message>
    <message>
        <source>New h&amp;ome</source>
        <translation type="unfinished">Nouveau &amp;logement</translation>
    </message>
    <message>
        <source>The family&apos;s new home, once found: entered here once, it fills in the letters (rental guarantee, CPAS, change of address).</source>
        <translation type="unfinished">Le nouveau logement de la famille, une fois trouvé&#xa0;: encodé ici une seule fois, il remplit les lettres (garantie locative, CPAS, changement d’adresse).</translation>
    </message>
    <message>
        <source>New home</source>
        <translation type="unfinished">Nouveau logement</translation>
    </message>
    <message>
        <source>Street, number, &amp;box</source>
        <translation type="unfinished">Rue, numéro, boî&amp;te</translation>
    </message>
    <message>
        <source>e.g. Rue Haute 5 bte 2</source>
        <translation type="unfinished">p. ex. Rue Haute 5 bte 2</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished">Code &amp;postal</translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation type="unfinished">4 chiffres</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation type="unfinished">Comm&amp;une</translation>
    </message>
    <message>
        <source>Mo&amp;ve-in date</source>
        <translation type="unfinished">Date d’&amp;entrée</translation>
    </message>
    <message>
        <source>Monthly &amp;rent</source>
        <translation type="unfinished">Lo&amp;yer mensuel</translation>
    </message>
    <message>
        <source>Monthly rent in euros</source>
        <translation type="unfinished">Loyer mensuel en euros</translation>
    </message>
    <message>
        <source>€ a month</source>
        <translation type="unfinished">€ par mois</translation>
    </message>
    <message>
        <source>Month&amp;ly charges</source>
        <translation type="unfinished">C&amp;harges mensuelles</translation>
    </message>
    <message>
        <source>Monthly charges in euros</source>
        <translation type="unfinished">Charges mensuelles en euros</translation>
    </message>
    <message>
        <source>Rental gu&amp;arantee (deposit)</source>
        <translation type="unfinished">&amp;Garantie locative</translation>
    </message>
    <message>
        <source>Rental guarantee in euros</source>
        <translation type="unfinished">Garantie locative en euros</translation>
    </message>
    <message>
        <source>€</source>
        <translation type="unfinished">€</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation type="unfinished">Propriétaire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;Nom</translation>
    </message>
    <message>
        <source>Person or agency</source>
        <translation type="unfinished">Personne ou agence</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation type="unfinished">&amp;Adresse</translation>
    </message>
    <message>
        <source>Street, number, box</source>
        <translation type="unfinished">Rue, numéro, boîte</translation>
    </message>
    <message>
        <source>Pos&amp;tcode</source>
        <translation type="unfinished">Code po&amp;stal</translation>
    </message>
    <message>
        <source>Phon&amp;e</source>
        <translation type="unfinished">Téléph&amp;one</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation type="unfinished">Courr&amp;iel</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished">&amp;Contacts</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished">Coordonnées</translation>
    </message>
    <message>
        <source>F2 changes the selected cell; Delete removes the selected contact, after asking.</source>
        <translation type="unfinished">F2 modifie la cellule sélectionnée&#xa0;; Suppr retire le contact sélectionné, après confirmation.</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation type="unfinished">&amp;Ajouter un contact</translation>
    </message>
    <message>
        <source>Remove con&amp;tact</source>
        <translation type="unfinished">Re&amp;tirer le contact</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation type="unfinished">Problèmes à corriger avant d’enregistrer</translation>
    </message>
    <message>
        <source>(new member)</source>
        <translation type="unfinished">(nouveau membre)</translation>
    </message>
    <message>
        <source>New family</source>
        <extracomment>field of a member (``members[i].&lt;field&gt;``) -&gt; the widget that edits it (the selected member&apos;s) every other field path the service names -&gt; its widget the widgets whose problems a dwelling postcode&apos;s problem also concerns (they contradict it)</extracomment>
        <translation type="unfinished">Nouvelle famille</translation>
    </message>
    <message>
        <source>Family {case}</source>
        <translation type="unfinished">Famille {case}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(néant)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished">(non précisé)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished">Lien de parenté</translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished">Naissance</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation type="unfinished">Une date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Born before 1900? Check the year.</source>
        <translation type="unfinished">Né avant 1900&#xa0;? Vérifiez l’année.</translation>
    </message>
    <message>
        <source>This card expired more than a year ago: check the year, or whether it was renewed.</source>
        <translation type="unfinished">Cette carte a expiré il y a plus d’un an&#xa0;: vérifiez l’année, ou si elle a été renouvelée.</translation>
    </message>
    <message>
        <source>More than ten years from now: check the year.</source>
        <translation type="unfinished">Dans plus de dix ans&#xa0;: vérifiez l’année.</translation>
    </message>
    <message>
        <source>The arrival cannot be in the future.</source>
        <translation type="unfinished">L’arrivée ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The exit cannot be before the arrival ({date}).</source>
        <translation type="unfinished">La sortie ne peut pas être antérieure à l’arrivée ({date}).</translation>
    </message>
    <message>
        <source>The asylum application cannot be in the future.</source>
        <translation type="unfinished">La demande d’asile ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The decision cannot be in the future.</source>
        <translation type="unfinished">La décision ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The decision cannot be before the asylum application ({date}).</source>
        <translation type="unfinished">La décision ne peut pas être antérieure à la demande d’asile ({date}).</translation>
    </message>
    <message>
        <source>The decision is before the arrival at the centre ({date}): right only if the family came from another centre.</source>
        <translation type="unfinished">La décision est antérieure à l’arrivée au centre ({date})&#xa0;: correct seulement si la famille vient d’un autre centre.</translation>
    </message>
    <message>
        <source>The notification cannot be in the future.</source>
        <translation type="unfinished">La notification ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The notification cannot be before the decision ({date}).</source>
        <translation type="unfinished">La notification ne peut pas être antérieure à la décision ({date}).</translation>
    </message>
    <message>
        <source>The move-in is before the arrival at the centre ({date}): check the year.</source>
        <translation type="unfinished">L’entrée dans le logement est antérieure à l’arrivée au centre ({date})&#xa0;: vérifiez l’année.</translation>
    </message>
    <message>
        <source>More than a year from now: check the year.</source>
        <translation type="unfinished">Dans plus d’un an&#xa0;: vérifiez l’année.</translation>
    </message>
    <message>
        <source>{postcode}: {names} — choose one</source>
        <translation type="unfinished">{postcode}&#xa0;: {names} — choisissez-en une</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"> ou </translation>
    </message>
    <message>
        <source>not a Belgian postcode</source>
        <translation type="unfinished">pas un code postal belge</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished">Retirer le membre</translation>
    </message>
    <message>
        <source>Remove {name} from this household?</source>
        <translation type="unfinished">Retirer {name} de ce ménage&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Retirer</translation>
    </message>
    <message>
        <source>{name} (to correct)</source>
        <translation type="unfinished">{name} (à corriger)</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation type="unfinished">Membre&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation type="unfinished">Type de contact</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished">Retirer le contact</translation>
    </message>
    <message>
        <source>Remove the contact {value}?</source>
        <translation type="unfinished">Retirer le contact {value}&#xa0;?</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation type="unfinished">«&#xa0;{text}&#xa0;» n’est pas une date.</translation>
    </message>
    <message>
        <source>Choose the type of residence card: its number and expiry date are kept with it.</source>
        <translation type="unfinished">Choisissez le type de titre de séjour&#xa0;: son numéro et sa date d’expiration sont enregistrés avec lui.</translation>
    </message>
    <message>
        <source>The new home is in {home} but the family is moving to {destination}: correct one of the two (the CPAS of the new home&apos;s municipality is the competent one).</source>
        <translation type="unfinished">Le nouveau logement est à {home} mais la famille s’installe à {destination}&#xa0;: corrigez l’un des deux (le CPAS compétent est celui de la commune du nouveau logement).</translation>
    </message>
    <message>
        <source>Please correct these before saving:</source>
        <translation type="unfinished">Veuillez corriger ces points avant d’enregistrer&#xa0;:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close and lose them?</source>
        <translation type="unfinished">Certaines modifications ne sont pas enregistrées. Fermer et les perdre&#xa0;?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished">Abandonner les modifications</translation>
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
        <translation type="unfinished">Ménage</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Membres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">Nationalité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Langues</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">Travailleur social</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">Décision</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Transition Assistant</source>
        <translation type="unfinished">Configurer Transition Assistant</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished">Bienvenue</translation>
    </message>
    <message>
        <source>This is the first start of Transition Assistant with this database.</source>
        <translation type="unfinished">C’est le premier démarrage de Transition Assistant avec cette base de données.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Transition Assistant keeps the case files of families leaving reception: special-category personal data protected by the GDPR.&lt;/p&gt;&lt;p&gt;Everyone who uses it signs in with their own account. First create the &lt;b&gt;coordinator&lt;/b&gt; account: the coordinator manages the other accounts (social workers and admin buddies), reads the audit log and sets how long closed cases are kept.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Transition Assistant conserve les dossiers des familles qui quittent l’accueil&#xa0;: des données personnelles de catégorie particulière, protégées par le RGPD.&lt;/p&gt;&lt;p&gt;Chaque personne qui l’utilise se connecte avec son propre compte. Créez d’abord le compte du &lt;b&gt;coordinateur&lt;/b&gt;&#xa0;: le coordinateur gère les autres comptes (travailleurs sociaux et parrains/marraines administratifs), consulte le journal d’audit et fixe la durée de conservation des dossiers clôturés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The coordinator account</source>
        <translation type="unfinished">Le compte du coordinateur</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters that you do not use anywhere else.</source>
        <translation type="unfinished">Choisissez un mot de passe d’au moins 10 caractères que vous n’utilisez nulle part ailleurs.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished">Nom &amp;complet</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Nom complet</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Nom d’utilisateur</translation>
    </message>
    <message>
        <source>e.g. m.janssens</source>
        <translation type="unfinished">p. ex. m.dupont</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Mot de passe</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished">Mot &amp;de passe (confirmation)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished">Mot de passe (confirmation)</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished">&amp;Fonction</translation>
    </message>
    <message>
        <source>Printed under your name in letters; choose one or type your own.</source>
        <translation type="unfinished">Imprimée sous votre nom dans les lettres&#xa0;; choisissez-en une ou tapez la vôtre.</translation>
    </message>
    <message>
        <source>Title f&amp;orm</source>
        <translation type="unfinished">F&amp;orme de la fonction</translation>
    </message>
    <message>
        <source>How your job title is written: feminine, masculine or neutral.</source>
        <translation type="unfinished">Comment votre fonction est écrite&#xa0;: au féminin, au masculin ou sous une forme neutre.</translation>
    </message>
    <message>
        <source>Direct p&amp;hone</source>
        <translation type="unfinished">&amp;Téléphone direct</translation>
    </message>
    <message>
        <source>optional, e.g. 0470 12 34 56</source>
        <translation type="unfinished">facultatif, p. ex. 0470 12 34 56</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">&amp;E-mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">facultatif</translation>
    </message>
    <message>
        <source>The reception centre</source>
        <translation type="unfinished">Le centre d’accueil</translation>
    </message>
    <message>
        <source>Its name, address and contact details are printed at the top of letters and dossiers. You can add other centres later (Administration ▸ Reception centres).</source>
        <translation type="unfinished">Son nom, son adresse et ses coordonnées sont imprimés en haut des lettres et des dossiers. Vous pourrez ajouter d’autres centres plus tard (Administration ▸ Centres d’accueil).</translation>
    </message>
    <message>
        <source>The recovery key of the database</source>
        <translation type="unfinished">La clé de récupération de la base de données</translation>
    </message>
    <message>
        <source>Write it down or print it and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished">Notez-la ou imprimez-la et conservez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>The database is encrypted. This key opens it if this computer&apos;s keyring or the passphrase is lost, or on another computer. It is shown only now.</source>
        <translation type="unfinished">La base de données est chiffrée. Cette clé l’ouvre si le trousseau de clés de cet ordinateur ou la phrase secrète est perdu, ou sur un autre ordinateur. Elle n’est affichée que maintenant.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Clé de récupération</translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery key and keep it safe</source>
        <translation type="unfinished">J’ai &amp;noté la clé de récupération et je la conserve en lieu sûr</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished">Prêt</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished">&amp;Commencer</translation>
    </message>
    <message>
        <source>&lt;p&gt;The coordinator account &lt;b&gt;{user}&lt;/b&gt; is ready and signed in, and the reception centre &lt;b&gt;{centre}&lt;/b&gt; is set up.&lt;/p&gt;&lt;p&gt;Next: create the accounts of the social workers and admin buddies with &lt;i&gt;Administration ▸ Users&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Le compte coordinateur &lt;b&gt;{user}&lt;/b&gt; est prêt et connecté, et le centre d’accueil &lt;b&gt;{centre}&lt;/b&gt; est enregistré.&lt;/p&gt;&lt;p&gt;Ensuite&#xa0;: créez les comptes des travailleurs sociaux et des parrains et marraines administratifs avec &lt;i&gt;Administration ▸ Utilisateurs&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The coordinator account &lt;b&gt;{user}&lt;/b&gt; is ready and signed in.&lt;/p&gt;&lt;p&gt;Next: create the accounts of the social workers and admin buddies with &lt;i&gt;Administration ▸ Users&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Le compte du coordinateur &lt;b&gt;{user}&lt;/b&gt; est prêt et connecté.&lt;/p&gt;&lt;p&gt;Ensuite&#xa0;: créez les comptes des travailleurs sociaux et des parrains/marraines administratifs avec &lt;i&gt;Administration ▸ Utilisateurs&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <source>Translation: draft, not yet reviewed</source>
        <translation type="unfinished">Traduction&#xa0;: version provisoire, pas encore relue</translation>
    </message>
    <message>
        <source>The texts of this interface in {language} are draft translations that a qualified translator has not reviewed yet. Tell your coordinator about any text that is unclear or wrong.</source>
        <translation type="unfinished">Les textes de cette interface ({language}) sont des traductions provisoires qu’aucun traducteur qualifié n’a encore relues. Signalez à votre coordinateur tout texte peu clair ou erroné.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Only .csv and .xlsx files can be imported (save an .xls or .ods file as .xlsx first).</source>
        <translation type="unfinished">Seuls les fichiers .csv et .xlsx peuvent être importés (enregistrez d’abord un fichier .xls ou .ods au format .xlsx).</translation>
    </message>
    <message>
        <source>This file could not be read as a {kind} file. Check that it is not damaged or protected by a password, and that it is the file you meant.</source>
        <translation type="unfinished">Ce fichier ne peut pas être lu comme un fichier {kind}. Vérifiez qu’il n’est pas endommagé ni protégé par un mot de passe, et que c’est bien le fichier voulu.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;{value}&apos; (its sheets: {sheets}).</source>
        <translation type="unfinished">Le classeur n’a pas de feuille nommée «&#xa0;{value}&#xa0;» (ses feuilles&#xa0;: {sheets}).</translation>
    </message>
    <message>
        <source>The file has no rows to import under its header row.</source>
        <translation type="unfinished">Le fichier n’a aucune ligne à importer sous sa ligne d’en-tête.</translation>
    </message>
    <message>
        <source>The file {value} cannot be opened.</source>
        <translation type="unfinished">Le fichier {value} ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a field that can be imported (the list: import --fields).</source>
        <translation type="unfinished">«&#xa0;{value}&#xa0;» n’est pas un champ qui peut être importé (la liste&#xa0;: import --fields).</translation>
    </message>
    <message>
        <source>The file has no column &apos;{value}&apos;.</source>
        <translation type="unfinished">Le fichier n’a pas de colonne «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not COLUMN=FIELD.</source>
        <translation type="unfinished">«&#xa0;{value}&#xa0;» n’est pas de la forme COLONNE=CHAMP.</translation>
    </message>
    <message>
        <source>{label} is given to more than one column ({columns}): keep it for one column only.</source>
        <translation type="unfinished">{label} est attribué à plus d’une colonne ({columns})&#xa0;: gardez-le pour une seule colonne.</translation>
    </message>
    <message>
        <source>A column must be imported as the surname and one as the given names.</source>
        <translation type="unfinished">Une colonne doit être importée comme nom de famille et une autre comme prénoms.</translation>
    </message>
    <message>
        <source>There is no saved mapping named &apos;{value}&apos;.</source>
        <translation type="unfinished">Il n’y a pas de correspondance enregistrée nommée «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>A saved mapping needs a name of at most 60 characters.</source>
        <translation type="unfinished">Une correspondance enregistrée doit avoir un nom de 60 caractères au plus.</translation>
    </message>
    <message>
        <source>There is no active social worker with the user name &apos;{value}&apos;.</source>
        <translation type="unfinished">Il n’y a pas de travailleur social actif avec le nom d’utilisateur «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>This reception centre is retired: families can no longer be recorded in it.</source>
        <translation type="unfinished">Ce centre d’accueil est désaffecté&#xa0;: on ne peut plus y enregistrer de familles.</translation>
    </message>
    <message>
        <source>Duplicates are either skipped or merged, not &apos;{value}&apos;.</source>
        <translation type="unfinished">Les doublons sont soit ignorés, soit fusionnés, pas «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date (write dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas une date (écrivez jj/mm/aaaa ou aaaa-mm-jj).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; has a two-digit year, which could mean two centuries: write the year in full (for example 1993).</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» a une année à deux chiffres, qui pourrait désigner deux siècles&#xa0;: écrivez l’année en entier (par exemple 1993).</translation>
    </message>
    <message>
        <source>{label}: {value} is before 1900, which cannot be right.</source>
        <translation type="unfinished">{label}&#xa0;: {value} est antérieur à 1900, ce qui ne peut pas être exact.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not recognised (use one of: {expected}).</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas reconnu (utilisez l’une de ces valeurs&#xa0;: {expected}).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a country code or a country name the application knows.</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» n’est ni un code ni un nom de pays que l’application connaît.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a language code or a language name the application knows.</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» n’est ni un code ni un nom de langue que l’application connaît.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a Belgian municipality or postcode.</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» n’est ni une commune belge ni un code postal belge.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; can be more than one municipality ({names}): write its postcode or its full name.</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» peut désigner plusieurs communes ({names})&#xa0;: écrivez son code postal ou son nom complet.</translation>
    </message>
    <message>
        <source>{label}: this cell holds a formula whose result was not saved in the file. Open the file in Excel or LibreOffice, save it, and import it again.</source>
        <translation type="unfinished">{label}&#xa0;: cette cellule contient une formule dont le résultat n’a pas été enregistré dans le fichier. Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {max} characters).</source>
        <translation type="unfinished">{label}&#xa0;: le texte est trop long ({max} caractères au maximum).</translation>
    </message>
    <message>
        <source>{label}: the cell shows the error {value}.</source>
        <translation type="unfinished">{label}&#xa0;: la cellule affiche l’erreur {value}.</translation>
    </message>
    <message>
        <source>{label} is &apos;{value}&apos; here but &apos;{other_value}&apos; on row {other_row} of the same family: a family has one value.</source>
        <translation type="unfinished">{label} vaut «&#xa0;{value}&#xa0;» ici mais «&#xa0;{other_value}&#xa0;» à la ligne {other_row} de la même famille&#xa0;: une famille a une seule valeur.</translation>
    </message>
    <message>
        <source>This family has no head of household: mark one of its rows as the head ({label} column).</source>
        <translation type="unfinished">Cette famille n’a pas de chef de ménage&#xa0;: indiquez l’une de ses lignes comme chef de ménage (colonne {label}).</translation>
    </message>
    <message>
        <source>This family has more than one head of household (rows {rows}).</source>
        <translation type="unfinished">Cette famille a plus d’un chef de ménage (lignes {rows}).</translation>
    </message>
    <message>
        <source>{label} is needed for every member of a family of more than one person.</source>
        <translation type="unfinished">{label} est nécessaire pour chaque membre d’une famille de plus d’une personne.</translation>
    </message>
    <message>
        <source>This row has no family key, so it would be a household of its own, but its relationship is &apos;{value}&apos;: give it the key of its family.</source>
        <translation type="unfinished">Cette ligne n’a pas de clé de famille et formerait donc un ménage à elle seule, mais son lien est «&#xa0;{value}&#xa0;»&#xa0;: donnez-lui la clé de sa famille.</translation>
    </message>
    <message>
        <source>{label} is needed when the family has a protection decision.</source>
        <translation type="unfinished">{label} est nécessaire quand la famille a une décision de protection.</translation>
    </message>
    <message>
        <source>The same person is on row {other_row} of this family as well.</source>
        <translation type="unfinished">La même personne figure aussi à la ligne {other_row} de cette famille.</translation>
    </message>
    <message>
        <source>Not imported with its family: row {other_row} of the same family has a problem.</source>
        <translation type="unfinished">Non importée avec sa famille&#xa0;: la ligne {other_row} de la même famille a un problème.</translation>
    </message>
    <message>
        <source>This row is a head of household, but the family it would be merged into already has one.</source>
        <translation type="unfinished">Cette ligne est un chef de ménage, mais la famille dans laquelle elle serait fusionnée en a déjà un.</translation>
    </message>
    <message>
        <source>Family key</source>
        <extracomment>a person&apos;s own value (one per row) a value of the whole family: rows of one family must agree (empty cells are fine)</extracomment>
        <translation type="unfinished">Clé de famille</translation>
    </message>
    <message>
        <source>Rows with the same key are one family; a row without a key is a household of its own.</source>
        <translation type="unfinished">Les lignes qui ont la même clé forment une famille&#xa0;; une ligne sans clé forme un ménage à elle seule.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished">Nom de famille</translation>
    </message>
    <message>
        <source>The family name, as on the residence documents (required).</source>
        <translation type="unfinished">Le nom de famille, comme sur les documents de séjour (obligatoire).</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished">Prénoms</translation>
    </message>
    <message>
        <source>The given names (required).</source>
        <translation type="unfinished">Les prénoms (obligatoire).</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished">Date de naissance</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, d.m.yyyy, dd-mm-yyyy, yyyy-mm-dd or a date cell; the year in full.</source>
        <translation type="unfinished">jj/mm/aaaa, j.m.aaaa, jj-mm-aaaa, aaaa-mm-jj ou une cellule de date&#xa0;; l’année en entier.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Sexe</translation>
    </message>
    <message>
        <source>M, F or X; also H/V, Homme/Femme, Man/Vrouw.</source>
        <translation type="unfinished">M, F ou X&#xa0;; aussi H/V, Homme/Femme, Man/Vrouw.</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished">Lien de parenté</translation>
    </message>
    <message>
        <source>To the head of household: head, spouse, partner, child, parent, sibling or other (French, Dutch or English words).</source>
        <translation type="unfinished">Avec le chef de ménage&#xa0;: chef, conjoint, partenaire, enfant, parent, frère ou sœur, autre (en français, en néerlandais ou en anglais).</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">Nationalité</translation>
    </message>
    <message>
        <source>An ISO country code (SY, AF...) or the country&apos;s name in French, Dutch or English.</source>
        <translation type="unfinished">Un code de pays ISO (SY, AF…) ou le nom du pays en français, en néerlandais ou en anglais.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Langues</translation>
    </message>
    <message>
        <source>Languages spoken, as codes or names, separated by commas.</source>
        <translation type="unfinished">Les langues parlées, en codes ou en noms, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished">Langue préférée</translation>
    </message>
    <message>
        <source>The language to use with the person (one of the languages spoken).</source>
        <translation type="unfinished">La langue à utiliser avec la personne (l’une des langues parlées).</translation>
    </message>
    <message>
        <source>In Belgium</source>
        <translation type="unfinished">En Belgique</translation>
    </message>
    <message>
        <source>Yes, or no for a family member still abroad (family reunification); default yes.</source>
        <translation type="unfinished">Oui, ou non pour un membre de la famille encore à l’étranger (regroupement familial)&#xa0;; oui par défaut.</translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation type="unfinished">Statut de protection</translation>
    </message>
    <message>
        <source>Refugee or subsidiary protection (also réfugié, subsidiaire, vluchteling, subsidiaire bescherming).</source>
        <translation type="unfinished">Réfugié ou protection subsidiaire (aussi réfugié, subsidiaire, vluchteling, subsidiaire bescherming).</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished">Date de la décision</translation>
    </message>
    <message>
        <source>Date of the protection decision: the checklist and its deadlines start from it.</source>
        <translation type="unfinished">Date de la décision de protection&#xa0;: la liste de contrôle et ses échéances en partent.</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation type="unfinished">Date de notification</translation>
    </message>
    <message>
        <source>Date the decision was notified.</source>
        <translation type="unfinished">Date à laquelle la décision a été notifiée.</translation>
    </message>
    <message>
        <source>Asylum application date</source>
        <translation type="unfinished">Date de la demande d’asile</translation>
    </message>
    <message>
        <source>Date of the asylum application.</source>
        <translation type="unfinished">Date de la demande d’asile.</translation>
    </message>
    <message>
        <source>Deciding body</source>
        <translation type="unfinished">Instance de décision</translation>
    </message>
    <message>
        <source>CGRS / CGRA / CGVS (the default) or CALL / CCE / RvV.</source>
        <translation type="unfinished">CGRA / CGRS / CGVS (par défaut) ou CCE / CALL / RvV.</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished">Référence de la décision</translation>
    </message>
    <message>
        <source>The reference of the decision letter.</source>
        <translation type="unfinished">La référence de la lettre de décision.</translation>
    </message>
    <message>
        <source>Destination municipality</source>
        <translation type="unfinished">Commune de destination</translation>
    </message>
    <message>
        <source>Where the family will live: the name in French, Dutch or German, or the postcode.</source>
        <translation type="unfinished">Où la famille va habiter&#xa0;: le nom en français, en néerlandais ou en allemand, ou le code postal.</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished">Date d’arrivée</translation>
    </message>
    <message>
        <source>Arrival in the reception centre.</source>
        <translation type="unfinished">Arrivée au centre d’accueil.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>A phone number, added to the family&apos;s contacts.</source>
        <translation type="unfinished">Un numéro de téléphone, ajouté aux contacts de la famille.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>An e-mail address, added to the family&apos;s contacts.</source>
        <translation type="unfinished">Une adresse e-mail, ajoutée aux contacts de la famille.</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation type="unfinished">Numéro de registre national</translation>
    </message>
    <message>
        <source>Belgian national register or BIS number, checked against the birth date.</source>
        <translation type="unfinished">Numéro de registre national ou numéro BIS belge, vérifié avec la date de naissance.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Numéro de dossier</translation>
    </message>
    <message>
        <source>The family&apos;s case number; a new one is given when it is empty.</source>
        <translation type="unfinished">Le numéro de dossier de la famille&#xa0;; un nouveau est attribué s’il est vide.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Text added to the family&apos;s notes (not confidential).</source>
        <translation type="unfinished">Texte ajouté aux notes de la famille (non confidentiel).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import families</source>
        <translation type="unfinished">Importer des familles</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished">Le fichier à importer</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one row per person and a header row. Rows with the same family key become one family.</source>
        <translation type="unfinished">Un fichier CSV ou Excel (.xlsx) avec une ligne par personne et une ligne d’en-tête. Les lignes qui ont la même clé de famille forment une famille.</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Fichier</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file</source>
        <translation type="unfinished">Choisissez un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation type="unfinished">Ch&amp;oisir…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished">&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished">Feuille</translation>
    </message>
    <message>
        <source>Reception &amp;centre:</source>
        <translation type="unfinished">Centre d’&amp;accueil&#xa0;:</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">Centre d’accueil</translation>
    </message>
    <message>
        <source>Social &amp;worker:</source>
        <translation type="unfinished">Tra&amp;vailleur social&#xa0;:</translation>
    </message>
    <message>
        <source>Social worker who follows the families</source>
        <translation type="unfinished">Travailleur social qui suit les familles</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished">Colonnes</translation>
    </message>
    <message>
        <source>What each column of the file holds. The headers were recognised where they could be; choose a column, then what it is imported as.</source>
        <translation type="unfinished">Ce que contient chaque colonne du fichier. Les en-têtes ont été reconnus quand c’était possible&#xa0;; choisissez une colonne, puis ce comme quoi elle est importée.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished">Colonnes du fichier</translation>
    </message>
    <message>
        <source>One row per column of the file: its header, example values and what it is imported as. Choose a row with the arrow keys, then change what it is imported as in the field below.</source>
        <translation type="unfinished">Une ligne par colonne du fichier&#xa0;: son en-tête, des exemples de valeurs et ce comme quoi elle est importée. Choisissez une ligne avec les flèches, puis changez ce comme quoi elle est importée dans le champ en dessous.</translation>
    </message>
    <message>
        <source>&amp;Imported as:</source>
        <translation type="unfinished">&amp;Importée comme&#xa0;:</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished">Importée comme</translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation type="unfinished">&amp;Correspondances enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation type="unfinished">Correspondances enregistrées</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished">&amp;Utiliser</translation>
    </message>
    <message>
        <source>Sa&amp;ve this mapping…</source>
        <translation type="unfinished">Enregistrer cette c&amp;orrespondance…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished">Aperçu</translation>
    </message>
    <message>
        <source>The first rows as they will be stored: dates, nationalities and municipalities as the application read them, and the families they make.</source>
        <translation type="unfinished">Les premières lignes telles qu’elles seront enregistrées&#xa0;: les dates, nationalités et communes comme l’application les a lues, et les familles qu’elles forment.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished">Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>One row per person as it will be stored, with the number of its family and the row number in the file. Read only.</source>
        <translation type="unfinished">Une ligne par personne telle qu’elle sera enregistrée, avec le numéro de sa famille et le numéro de la ligne dans le fichier. Lecture seule.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">Vérification</translation>
    </message>
    <message>
        <source>Every row is checked with the rules of a family entered by hand; nothing is written yet.</source>
        <translation type="unfinished">Chaque ligne est vérifiée avec les règles d’une famille encodée à la main&#xa0;; rien n’est encore écrit.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation type="unfinished">Avancement de la vérification</translation>
    </message>
    <message>
        <source>&amp;Rejected rows:</source>
        <translation type="unfinished">Lignes &amp;rejetées&#xa0;:</translation>
    </message>
    <message>
        <source>Every rejected row: its number in the file, the column, the field and the reason. Copy or save the list to correct the file.</source>
        <translation type="unfinished">Chaque ligne rejetée&#xa0;: son numéro dans le fichier, la colonne, le champ et la raison. Copiez ou enregistrez la liste pour corriger le fichier.</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation type="unfinished">&amp;Copier la liste</translation>
    </message>
    <message>
        <source>Save as CS&amp;V…</source>
        <translation type="unfinished">Enregistrer en CS&amp;V…</translation>
    </message>
    <message>
        <source>Import the other families &amp;without the rejected rows</source>
        <translation type="unfinished">Importer les autres familles, sans les lignes re&amp;jetées</translation>
    </message>
    <message>
        <source>&amp;Duplicates (people already recorded):</source>
        <translation type="unfinished">&amp;Doublons (personnes déjà enregistrées)&#xa0;:</translation>
    </message>
    <message>
        <source>Families of the file with a person already recorded: the row, the family it matches, how it matched and what will be done. Choose a row, then skip or merge it below.</source>
        <translation type="unfinished">Familles du fichier dont une personne est déjà enregistrée&#xa0;: la ligne, la famille correspondante, comment elle correspond et ce qui sera fait. Choisissez une ligne, puis ignorez-la ou fusionnez-la en dessous.</translation>
    </message>
    <message>
        <source>This d&amp;uplicate:</source>
        <translation type="unfinished">Ce do&amp;ublon&#xa0;:</translation>
    </message>
    <message>
        <source>What to do with the chosen duplicate</source>
        <translation type="unfinished">Que faire du doublon choisi</translation>
    </message>
    <message>
        <source>&amp;All duplicates:</source>
        <translation type="unfinished">Tous &amp;les doublons&#xa0;:</translation>
    </message>
    <message>
        <source>What to do with every duplicate</source>
        <translation type="unfinished">Que faire de chaque doublon</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation type="unfinished">Vérifier de &amp;nouveau</translation>
    </message>
    <message>
        <source>Merge adds what the recorded family does not have yet (missing members, dates, nationality, languages, contacts, notes, the decision if it has none) and never changes what is recorded. Skip leaves the family of the file out.</source>
        <translation type="unfinished">La fusion ajoute ce que la famille enregistrée n’a pas encore (membres manquants, dates, nationalité, langues, contacts, notes, la décision si elle n’en a pas) et ne change jamais ce qui est enregistré. Ignorer laisse de côté la famille du fichier.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">Importation</translation>
    </message>
    <message>
        <source>Everything is written at once: if the import is cancelled or fails, nothing is imported.</source>
        <translation type="unfinished">Tout est écrit en une fois&#xa0;: si l’importation est annulée ou échoue, rien n’est importé.</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation type="unfinished">Avancement de l’importation</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished">Fichier à importer</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt)</source>
        <translation type="unfinished">Tableurs (*.csv *.xlsx *.xlsm *.txt)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation type="unfinished">Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Name of the mapping (e.g. the program the file comes from):</source>
        <translation type="unfinished">Nom de la correspondance (par exemple le programme dont vient le fichier)&#xa0;:</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished">Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation type="unfinished">lignes-rejetees.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished">(non importée)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Oui</translation>
    </message>
    <message>
        <source>No, abroad</source>
        <translation type="unfinished">Non, à l’étranger</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Importer</translation>
    </message>
    <message>
        <source>Skip (leave the file&apos;s family out)</source>
        <translation type="unfinished">Ignorer (laisser de côté la famille du fichier)</translation>
    </message>
    <message>
        <source>Merge (add what is missing)</source>
        <translation type="unfinished">Fusionner (ajouter ce qui manque)</translation>
    </message>
    <message>
        <source>(no centre)</source>
        <translation type="unfinished">(aucun centre)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished">(personne pour l’instant)</translation>
    </message>
    <message>
        <source>This file cannot be opened.</source>
        <translation type="unfinished">Ce fichier ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>CSV file, {encoding}, separator “{separator}”</source>
        <translation type="unfinished">Fichier CSV, {encoding}, séparateur «&#xa0;{separator}&#xa0;»</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation type="unfinished">Classeur Excel, feuille «&#xa0;{sheet}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>{how}: %n rows under the header (row {header}); {recognised} of {columns} columns recognised.</source>
        <translation type="unfinished">
            <numerusform>{how}&#xa0;: %n ligne sous l’en-tête (ligne {header})&#xa0;; {recognised} colonnes reconnues sur {columns}.</numerusform>
            <numerusform>{how}&#xa0;: %n lignes sous l’en-tête (ligne {header})&#xa0;; {recognised} colonnes reconnues sur {columns}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished">Colonne</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished">Exemples</translation>
    </message>
    <message>
        <source>Imported as, for the column {column}</source>
        <translation type="unfinished">Importée comme, pour la colonne {column}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished">Ligne</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Famille</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished">Problèmes</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in {families} families; the first {shown} are shown. Rows of one family have the same number.</source>
        <translation type="unfinished">
            <numerusform>%n ligne dans {families} familles&#xa0;; les {shown} premières sont affichées. Les lignes d’une même famille ont le même numéro.</numerusform>
            <numerusform>%n lignes dans {families} familles&#xa0;; les {shown} premières sont affichées. Les lignes d’une même famille ont le même numéro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished">Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">Champ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Raison</translation>
    </message>
    <message>
        <source>same national register number</source>
        <translation type="unfinished">même numéro de registre national</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation type="unfinished">mêmes nom et date de naissance</translation>
    </message>
    <message>
        <source>same case number</source>
        <translation type="unfinished">même numéro de dossier</translation>
    </message>
    <message>
        <source>row {row} of this file</source>
        <translation type="unfinished">ligne {row} de ce fichier</translation>
    </message>
    <message>
        <source>recorded family {case}</source>
        <translation type="unfinished">famille enregistrée {case}</translation>
    </message>
    <message>
        <source>several recorded families: always skipped</source>
        <translation type="unfinished">plusieurs familles enregistrées&#xa0;: toujours ignoré</translation>
    </message>
    <message>
        <source>a family you cannot change: always skipped</source>
        <translation type="unfinished">une famille que vous ne pouvez pas modifier&#xa0;: toujours ignoré</translation>
    </message>
    <message>
        <source>Already recorded as</source>
        <translation type="unfinished">Déjà enregistré comme</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Comment</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished">Ce qui sera fait</translation>
    </message>
    <message>
        <source>You changed a choice: check again to see what will be imported.</source>
        <translation type="unfinished">Vous avez changé un choix&#xa0;: vérifiez de nouveau pour voir ce qui sera importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in {families} families.</source>
        <translation type="unfinished">
            <numerusform>%n ligne dans {families} familles.</numerusform>
            <numerusform>%n lignes dans {families} familles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are rejected (listed below, with the reason).</source>
        <translation type="unfinished">
            <numerusform>%n ligne est rejetée (voir ci-dessous, avec la raison).</numerusform>
            <numerusform>%n lignes sont rejetées (voir ci-dessous, avec la raison).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families have a person who is already recorded.</source>
        <translation type="unfinished">
            <numerusform>%n famille a une personne déjà enregistrée.</numerusform>
            <numerusform>%n familles ont une personne déjà enregistrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported while rows are rejected: correct the file and choose it again, or import the other families without them.</source>
        <translation type="unfinished">Rien ne peut être importé tant que des lignes sont rejetées&#xa0;: corrigez le fichier et choisissez-le de nouveau, ou importez les autres familles sans elles.</translation>
    </message>
    <message numerus="yes">
        <source>%n families will be imported.</source>
        <translation type="unfinished">
            <numerusform>%n famille sera importée.</numerusform>
            <numerusform>%n familles seront importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded families will be completed.</source>
        <translation type="unfinished">
            <numerusform>%n famille enregistrée sera complétée.</numerusform>
            <numerusform>%n familles enregistrées seront complétées.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation type="unfinished">Il n’y a rien de nouveau à importer.</translation>
    </message>
    <message>
        <source>The list could not be saved there. Choose another folder.</source>
        <translation type="unfinished">La liste n’a pas pu être enregistrée à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished">Importation…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished">Annulé&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has rejected rows.</source>
        <translation type="unfinished">Rien n’a été importé&#xa0;: le fichier a des lignes rejetées.</translation>
    </message>
    <message numerus="yes">
        <source>%n families imported</source>
        <translation type="unfinished">
            <numerusform>%n famille importée</numerusform>
            <numerusform>%n familles importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n persons).</source>
        <translation type="unfinished">
            <numerusform>(%n personne).</numerusform>
            <numerusform>(%n personnes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded families completed.</source>
        <translation type="unfinished">
            <numerusform>%n famille enregistrée complétée.</numerusform>
            <numerusform>%n familles enregistrées complétées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped.</source>
        <translation type="unfinished">
            <numerusform>%n doublon ignoré.</numerusform>
            <numerusform>%n doublons ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows left out.</source>
        <translation type="unfinished">
            <numerusform>%n ligne rejetée laissée de côté.</numerusform>
            <numerusform>%n lignes rejetées laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished">Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Annulation…</translation>
    </message>
    <message>
        <source>&amp;Import families…</source>
        <translation type="unfinished">&amp;Importer des familles…</translation>
    </message>
    <message>
        <source>Bring families in from a CSV or Excel file</source>
        <translation type="unfinished">Faire entrer des familles depuis un fichier CSV ou Excel</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished">En attente de décision</translation>
    </message>
    <message>
        <source>In transition</source>
        <translation type="unfinished">En transition</translation>
    </message>
    <message>
        <source>Left the centre</source>
        <translation type="unfinished">A quitté le centre</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Clôturé</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished">Archivé</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished">Chef de ménage</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished">Conjoint(e)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">Partenaire</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Enfant</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished">Parent</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished">Frère ou sœur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Autre</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">Masculin</translation>
    </message>
    <message>
        <source>Other / not stated</source>
        <translation type="unfinished">Autre / non précisé</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation type="unfinished">Statut de réfugié</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation type="unfinished">Protection subsidiaire</translation>
    </message>
    <message>
        <source>CGRS (Commissioner General)</source>
        <translation type="unfinished">CGRA (Commissariat général aux réfugiés et aux apatrides)</translation>
    </message>
    <message>
        <source>CALL (Council for Alien Law Litigation)</source>
        <translation type="unfinished">CCE (Conseil du contentieux des étrangers)</translation>
    </message>
    <message>
        <source>A card (limited stay)</source>
        <translation type="unfinished">Carte A (séjour limité)</translation>
    </message>
    <message>
        <source>B card (unlimited stay)</source>
        <translation type="unfinished">Carte B (séjour illimité)</translation>
    </message>
    <message>
        <source>Annex 15 (temporary proof)</source>
        <translation type="unfinished">Annexe 15 (preuve provisoire)</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished">Autre document</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
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
        <translation type="unfinished">Initiative locale d’accueil (ILA)</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished">ONG</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished">Neutre</translation>
    </message>
    <message>
        <source>Feminine</source>
        <translation type="unfinished">Féminin</translation>
    </message>
    <message>
        <source>Masculine</source>
        <translation type="unfinished">Masculin</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished">Dari</translation>
    </message>
    <message>
        <source>Own housing</source>
        <extracomment>How a family left the centre, in the order offered (labels of ``domain.enums.ExitMode``).</extracomment>
        <translation type="unfinished">Logement propre</translation>
    </message>
    <message>
        <source>With family or friends</source>
        <translation type="unfinished">Chez de la famille ou des amis</translation>
    </message>
    <message>
        <source>Transit housing</source>
        <translation type="unfinished">Logement de transit</translation>
    </message>
    <message>
        <source>Emergency shelter</source>
        <translation type="unfinished">Hébergement d’urgence</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Inconnu</translation>
    </message>
</context>
<context>
    <name>LeaveCentreDialog</name>
    <message>
        <source>The family leaves the centre</source>
        <translation type="unfinished">La famille quitte le centre</translation>
    </message>
    <message>
        <source>The case becomes “left”: the steps of leaving the centre are no longer due, the follow-up steps (papers, CPAS/OCMW, housing, integration) stay on the lists.</source>
        <translation type="unfinished">Le dossier passe à «&#xa0;parti&#xa0;»&#xa0;: les étapes du départ du centre ne sont plus dues, les étapes de suivi (papiers, CPAS, logement, intégration) restent dans les listes.</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation type="unfinished">Date de dé&amp;part</translation>
    </message>
    <message>
        <source>The day the family left the centre: today or earlier, not before the decision.</source>
        <translation type="unfinished">Le jour où la famille a quitté le centre&#xa0;: aujourd’hui ou avant, pas avant la décision.</translation>
    </message>
    <message>
        <source>&amp;How they left</source>
        <translation type="unfinished">&amp;Comment la famille est partie</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">Problèmes à corriger</translation>
    </message>
    <message>
        <source>Record the &amp;exit</source>
        <translation type="unfinished">&amp;Enregistrer le départ</translation>
    </message>
    <message>
        <source>{case}: the family leaves the centre</source>
        <translation type="unfinished">{case}&#xa0;: la famille quitte le centre</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished">Lettre</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation type="unfinished">&amp;Lettre</translation>
    </message>
    <message>
        <source>Language of the &amp;authority</source>
        <translation type="unfinished">Langue &amp;de l’autorité</translation>
    </message>
    <message>
        <source>&amp;Family copy in</source>
        <translation type="unfinished">Copie pour la &amp;famille en</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation type="unfinished">&amp;Mise en page</translation>
    </message>
    <message>
        <source>Details for this letter</source>
        <translation type="unfinished">Détails de cette lettre</translation>
    </message>
    <message>
        <source>Add&amp;ressee</source>
        <translation type="unfinished">Dest&amp;inataire</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished">Destinataire</translation>
    </message>
    <message>
        <source>Name, then one line per address line</source>
        <translation type="unfinished">Nom, puis une ligne par ligne d’adresse</translation>
    </message>
    <message>
        <source>Values marked “from the family file” come from the new dwelling recorded there; a change made here is for this letter only until you save it to the family file.</source>
        <translation type="unfinished">Les valeurs marquées «&#xa0;du dossier de la famille&#xa0;» viennent du nouveau logement qui y est enregistré&#xa0;; une modification faite ici ne vaut que pour cette lettre, tant que vous ne l’enregistrez pas dans le dossier de la famille.</translation>
    </message>
    <message>
        <source>&amp;Save to the family file</source>
        <translation type="unfinished">&amp;Enregistrer dans le dossier de la famille</translation>
    </message>
    <message>
        <source>Record the address, moving-in date, rent, guarantee and landlord in the family file, so that every letter is prefilled with them</source>
        <translation type="unfinished">Enregistrer l’adresse, la date d’emménagement, le loyer, la garantie et le propriétaire dans le dossier de la famille, pour que chaque lettre en soit préremplie</translation>
    </message>
    <message>
        <source>What to correct before the letter can be made</source>
        <translation type="unfinished">Ce qu’il faut corriger avant de pouvoir faire la lettre</translation>
    </message>
    <message>
        <source>No family copy</source>
        <extracomment>recipient kinds without a usual addressee: the dialog asks for it (a landlord: the recorded one) where a problem of the dwelling record (``FamilyService.set_dwelling``) shows in this dialog frames a field the letter still needs, with its message under it (which says so in words)</extracomment>
        <translation type="unfinished">Pas de copie pour la famille</translation>
    </message>
    <message>
        <source>Family copy after the letter</source>
        <translation type="unfinished">Copie pour la famille après la lettre</translation>
    </message>
    <message>
        <source>Family copy on a new page</source>
        <translation type="unfinished">Copie pour la famille sur une nouvelle page</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished">&amp;Aperçu…</translation>
    </message>
    <message>
        <source>Postal address of the addressee</source>
        <translation type="unfinished">Adresse postale du destinataire</translation>
    </message>
    <message>
        <source>Street and number, then postcode and municipality</source>
        <translation type="unfinished">Rue et numéro, puis code postal et commune</translation>
    </message>
    <message>
        <source>Also save this address in the directory</source>
        <translation type="unfinished">Enregistrer aussi cette adresse dans l’annuaire</translation>
    </message>
    <message>
        <source>Reason to send it without the family’s consent</source>
        <translation type="unfinished">Raison de l’envoyer sans l’accord de la famille</translation>
    </message>
    <message>
        <source>At least {n} characters, no names or health details (kept in the audit log)</source>
        <translation type="unfinished">Au moins {n} caractères, ni noms ni détails de santé (conservé dans le journal d’audit)</translation>
    </message>
    <message>
        <source>Address it to {cpas}</source>
        <translation type="unfinished">L’adresser au {cpas}</translation>
    </message>
    <message>
        <source>{label} (optional)</source>
        <translation type="unfinished">{label} (facultatif)</translation>
    </message>
    <message>
        <source>from the family file</source>
        <translation type="unfinished">du dossier de la famille</translation>
    </message>
    <message>
        <source>changed for this letter</source>
        <translation type="unfinished">modifié pour cette lettre</translation>
    </message>
    <message>
        <source>One line per address line</source>
        <translation type="unfinished">Une ligne par ligne d’adresse</translation>
    </message>
    <message>
        <source>The wording of this letter in {language} is a draft: a jurist has not yet reviewed it. Read it carefully before you send it; the letter itself does not say so.</source>
        <translation type="unfinished">Le texte de cette lettre en {language} est un projet&#xa0;: un juriste ne l’a pas encore relu. Lisez-le attentivement avant de l’envoyer&#xa0;; la lettre elle-même ne le mentionne pas.</translation>
    </message>
    <message>
        <source>The family copy in this language is a draft translation, not yet reviewed; it is marked as such on the page.</source>
        <translation type="unfinished">La copie pour la famille dans cette langue est une traduction provisoire, pas encore relue&#xa0;; elle est signalée comme telle sur la page.</translation>
    </message>
    <message>
        <source>The family file was not changed:</source>
        <translation type="unfinished">Le dossier de la famille n’a pas été modifié&#xa0;:</translation>
    </message>
    <message>
        <source>Saved to the family file: every letter is prefilled with these details.</source>
        <translation type="unfinished">Enregistré dans le dossier de la famille&#xa0;: chaque lettre est préremplie avec ces données.</translation>
    </message>
    <message>
        <source>The letter cannot be made yet:</source>
        <translation type="unfinished">La lettre ne peut pas encore être créée&#xa0;:</translation>
    </message>
    <message>
        <source>Fill in the fields framed in red above.</source>
        <translation type="unfinished">Remplissez les champs encadrés en rouge ci-dessus.</translation>
    </message>
    <message>
        <source>The address was saved in the directory.</source>
        <translation type="unfinished">L’adresse a été enregistrée dans l’annuaire.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Family list</source>
        <translation type="unfinished">Liste des familles</translation>
    </message>
    <message>
        <source>Steps due within {days} days or overdue</source>
        <translation type="unfinished">Étapes à échéance dans les {days} jours ou en retard</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished">Tableau de bord</translation>
    </message>
    <message>
        <source>{what} — {date}</source>
        <translation type="unfinished">{what} — {date}</translation>
    </message>
    <message>
        <source>Families: every family (exported by {name}, coordinator)</source>
        <translation type="unfinished">Familles&#xa0;: toutes les familles (exporté par {name}, coordinateur)</translation>
    </message>
    <message>
        <source>Families: those of {centre} and those {name} follows or recorded</source>
        <translation type="unfinished">Familles&#xa0;: celles de {centre} et celles que {name} suit ou a enregistrées</translation>
    </message>
    <message>
        <source>Families: those {name} follows or recorded</source>
        <translation type="unfinished">Familles&#xa0;: celles que {name} suit ou a enregistrées</translation>
    </message>
    <message>
        <source>Families: those assigned to {name} (admin buddy; without the protection decision)</source>
        <translation type="unfinished">Familles&#xa0;: celles confiées à {name} (parrain ou marraine administratif&#xa0;; sans la décision de protection)</translation>
    </message>
    <message>
        <source>No filter</source>
        <translation type="unfinished">Aucun filtre</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation type="unfinished">Filtres&#xa0;: {filters}</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation type="unfinished">recherche «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation type="unfinished">statut&#xa0;: {status}</translation>
    </message>
    <message>
        <source>every status but archived</source>
        <translation type="unfinished">tous les statuts sauf archivé</translation>
    </message>
    <message>
        <source>social worker: {name}</source>
        <translation type="unfinished">travailleur social&#xa0;: {name}</translation>
    </message>
    <message>
        <source>every worker</source>
        <translation type="unfinished">tous les travailleurs sociaux</translation>
    </message>
    <message>
        <source>nationality: {name}</source>
        <translation type="unfinished">nationalité&#xa0;: {name}</translation>
    </message>
    <message>
        <source>language: {name}</source>
        <translation type="unfinished">langue&#xa0;: {name}</translation>
    </message>
    <message>
        <source>track: {name}</source>
        <translation type="unfinished">volet&#xa0;: {name}</translation>
    </message>
    <message>
        <source>due within {days} days</source>
        <translation type="unfinished">échéance dans les {days} jours</translation>
    </message>
    <message>
        <source>the first {n} families</source>
        <translation type="unfinished">les {n} premières familles</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Numéro de dossier</translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished">Ménage</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Membres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">Travailleur social</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation type="unfinished">Nationalités</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Langues</translation>
    </message>
    <message>
        <source>Destination municipality</source>
        <translation type="unfinished">Commune de destination</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished">Arrivée</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished">Date de la décision</translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation type="unfinished">Statut de protection</translation>
    </message>
    <message>
        <source>Leave reception by</source>
        <translation type="unfinished">Quitter l’accueil au plus tard le</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished">Jours restants</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Échéance</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation type="unfinished">Échéance prévue</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished">Jours de retard</translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished">Volet</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Étape</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation type="unfinished">Statut de l’étape</translation>
    </message>
    <message>
        <source>Open steps</source>
        <translation type="unfinished">Étapes ouvertes</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation type="unfinished">Étapes en retard</translation>
    </message>
    <message>
        <source>Favourable window ends</source>
        <translation type="unfinished">Fin du délai favorable</translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished">Demande</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished">Indicateur</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished">Familles</translation>
    </message>
    <message>
        <source>Due steps</source>
        <translation type="unfinished">Étapes à échéance</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Résumé</translation>
    </message>
    <message>
        <source>Families by days left</source>
        <translation type="unfinished">Familles selon les jours restants</translation>
    </message>
    <message>
        <source>Reunification windows</source>
        <translation type="unfinished">Délais de regroupement</translation>
    </message>
    <message>
        <source>Families still in reception</source>
        <translation type="unfinished">Familles encore en accueil</translation>
    </message>
    <message>
        <source>Steps due within {days} days</source>
        <translation type="unfinished">Étapes à échéance dans les {days} jours</translation>
    </message>
    <message>
        <source>Family reunification windows closing within {days} days</source>
        <translation type="unfinished">Délais de regroupement familial se terminant dans les {days} jours</translation>
    </message>
    <message>
        <source>Days left before leaving reception: {bucket}</source>
        <translation type="unfinished">Jours restants avant de quitter l’accueil&#xa0;: {bucket}</translation>
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
        <translation type="unfinished">Rechercher par nom, numéro de dossier ou travailleur social (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation type="unfinished">Rechercher des familles</translation>
    </message>
    <message>
        <source>The list below shows only the families that match, as you type. Ctrl+F comes back here.</source>
        <translation type="unfinished">La liste ci-dessous n’affiche que les familles qui correspondent, au fur et à mesure de la saisie. Ctrl+F ramène ici.</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished">Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by social worker</source>
        <translation type="unfinished">Filtrer par travailleur social</translation>
    </message>
    <message>
        <source>Filter by nationality</source>
        <translation type="unfinished">Filtrer par nationalité</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation type="unfinished">Filtrer par langue</translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished">Familles</translation>
    </message>
    <message>
        <source>The selected family is shown beside the list. Enter or a double click opens it for editing.</source>
        <translation type="unfinished">La famille sélectionnée est affichée à côté de la liste. Entrée ou un double-clic l’ouvre pour la modifier.</translation>
    </message>
    <message>
        <source>No family selected</source>
        <translation type="unfinished">Aucune famille sélectionnée</translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished">Ménage</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished">Membres du ménage</translation>
    </message>
    <message>
        <source>One row per member of the selected family. Edit the family (Ctrl+E) to change them.</source>
        <translation type="unfinished">Une ligne par membre de la famille sélectionnée. Modifiez la famille (Ctrl+E) pour les changer.</translation>
    </message>
    <message>
        <source>Protection decision</source>
        <translation type="unfinished">Décision de protection</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished">Décision prise par</translation>
    </message>
    <message>
        <source>Asylum application</source>
        <translation type="unfinished">Demande d’asile</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">Décision</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished">Notification</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Référence</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished">Démarches</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished">Coordonnées</translation>
    </message>
    <message>
        <source>Phone numbers, e-mail addresses and other contacts of the selected family.</source>
        <translation type="unfinished">Numéros de téléphone, adresses e-mail et autres contacts de la famille sélectionnée.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Notes about the selected family, newest first.</source>
        <translation type="unfinished">Notes sur la famille sélectionnée, les plus récentes d’abord.</translation>
    </message>
    <message>
        <source>Write a note about this family…</source>
        <translation type="unfinished">Écrivez une note sur cette famille…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished">Nouvelle note</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note.</source>
        <translation type="unfinished">Ctrl+Entrée ajoute la note.</translation>
    </message>
    <message>
        <source>&amp;Confidential (social workers only)</source>
        <translation type="unfinished">&amp;Confidentiel (travailleurs sociaux uniquement)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished">Ajouter la &amp;note</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished">Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation type="unfinished">&amp;Nouvelle famille…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished">Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit family…</source>
        <translation type="unfinished">&amp;Modifier la famille…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished">Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Archive closed case…</source>
        <translation type="unfinished">A&amp;rchiver le dossier clôturé…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished">Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find family</source>
        <translation type="unfinished">&amp;Rechercher une famille</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished">Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished">F5</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished">&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished">Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;About Transition Assistant</source>
        <translation type="unfinished">À &amp;propos de Transition Assistant</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Exit support for families leaving Belgian reception centres.&lt;/p&gt;&lt;p&gt;Municipality and postcode data: FPS BOSA, BeST Address open data, licensed CC BY 4.0.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Accompagnement à la sortie pour les familles qui quittent un centre d’accueil en Belgique.&lt;/p&gt;&lt;p&gt;Données des communes et des codes postaux&#xa0;: SPF BOSA, données ouvertes BeST Address, sous licence CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished">Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Loading families…</source>
        <translation type="unfinished">Chargement des familles…</translation>
    </message>
    <message>
        <source>All but archived</source>
        <translation type="unfinished">Tous sauf les archivés</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished">Tous les travailleurs sociaux</translation>
    </message>
    <message>
        <source>All nationalities</source>
        <translation type="unfinished">Toutes les nationalités</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished">Toutes les langues</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln families</source>
        <translation type="unfinished">
            <numerusform>{shown} sur %Ln famille</numerusform>
            <numerusform>{shown} sur %Ln familles</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a family in the list, or create one with File ▸ New family.</source>
        <translation type="unfinished">Choisissez une famille dans la liste, ou créez-en une avec Fichier ▸ Nouvelle famille.</translation>
    </message>
    <message>
        <source>worker: {name}</source>
        <translation type="unfinished">travailleur social&#xa0;: {name}</translation>
    </message>
    <message>
        <source>No decision recorded yet</source>
        <translation type="unfinished">Aucune décision enregistrée pour l’instant</translation>
    </message>
    <message>
        <source>[confidential] </source>
        <translation type="unfinished">[confidentiel] </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished">Lien de parenté</translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished">Naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">Nationalité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Langues</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation type="unfinished">Titre de séjour</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished">jusqu’au {date}</translation>
    </message>
    <message>
        <source>In Belgium</source>
        <translation type="unfinished">En Belgique</translation>
    </message>
    <message>
        <source>Abroad (reunification)</source>
        <translation type="unfinished">À l’étranger (regroupement familial)</translation>
    </message>
    <message>
        <source>Saved {case}.</source>
        <translation type="unfinished">Dossier {case} enregistré.</translation>
    </message>
    <message>
        <source>Archive case</source>
        <translation type="unfinished">Archiver le dossier</translation>
    </message>
    <message>
        <source>Archive the closed case {case}? It will no longer appear among active cases.</source>
        <translation type="unfinished">Archiver le dossier clôturé {case}&#xa0;? Il n’apparaîtra plus parmi les dossiers actifs.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished">Archiver</translation>
    </message>
    <message>
        <source>About Transition Assistant</source>
        <translation type="unfinished">À propos de Transition Assistant</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation type="unfinished">Note non ajoutée</translation>
    </message>
    <message>
        <source>You have written a note that is not added yet. Quit and discard it?</source>
        <translation type="unfinished">Vous avez écrit une note qui n’a pas encore été ajoutée. Quitter et l’abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Discard and quit</source>
        <translation type="unfinished">Abandonner et quitter</translation>
    </message>
    <message>
        <source>Sign in to open the family files.</source>
        <translation type="unfinished">Connectez-vous pour ouvrir les dossiers des familles.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Choose a family in the list first.</source>
        <translation type="unfinished">Choisissez d’abord une famille dans la liste.</translation>
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
        <translation type="unfinished">Un problème est survenu et la dernière action n’a peut-être pas été effectuée. Le travail déjà enregistré n’est pas perdu. Si le problème se reproduit, prévenez votre coordinateur&#xa0;; le fichier journal contient les détails techniques.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>euros</source>
        <translation type="unfinished">montant en euros</translation>
    </message>
    <message>
        <source>“{text}” is not an amount in euros (e.g. {example}).</source>
        <translation type="unfinished">«&#xa0;{text}&#xa0;» n’est pas un montant en euros (p. ex. {example}).</translation>
    </message>
    <message>
        <source>At most {max} euros.</source>
        <translation type="unfinished">Au maximum {max} euros.</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <source>Name or postcode</source>
        <translation type="unfinished">Nom ou code postal</translation>
    </message>
    <message>
        <source>includes {locality} ({postcode})</source>
        <translation type="unfinished">comprend {locality} ({postcode})</translation>
    </message>
    <message>
        <source>Municipalities found</source>
        <translation type="unfinished">Communes trouvées</translation>
    </message>
    <message>
        <source>Type a name in French, Dutch or German, or a postcode; choose from the list with the arrow keys and Enter</source>
        <translation type="unfinished">Tapez un nom en français, néerlandais ou allemand, ou un code postal&#xa0;; choisissez dans la liste avec les flèches et Entrée</translation>
    </message>
    <message>
        <source>Type a municipality&apos;s name in any of its languages, or a postcode; the municipalities found are listed below, Down and Enter choose one.</source>
        <translation type="unfinished">Tapez le nom d’une commune dans l’une de ses langues, ou un code postal&#xa0;; les communes trouvées sont listées en dessous, Bas et Entrée en choisissent une.</translation>
    </message>
    <message>
        <source>No Belgian municipality is called “{text}” or has that postcode.</source>
        <translation type="unfinished">Aucune commune belge ne s’appelle «&#xa0;{text}&#xa0;» ni n’a ce code postal.</translation>
    </message>
    <message>
        <source>“{text}” could be {first} or another municipality: choose one from the list.</source>
        <translation type="unfinished">«&#xa0;{text}&#xa0;» peut être {first} ou une autre commune&#xa0;: choisissez-en une dans la liste.</translation>
    </message>
</context>
<context>
    <name>PostponeStepDialog</name>
    <message>
        <source>New due date for a step</source>
        <translation type="unfinished">Nouvelle échéance pour une étape</translation>
    </message>
    <message>
        <source>New &amp;due date</source>
        <translation type="unfinished">Nouvelle &amp;échéance</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;Motif</translation>
    </message>
    <message>
        <source>e.g. the CPAS/OCMW has no appointment before then</source>
        <translation type="unfinished">p. ex. le CPAS n’a pas de rendez-vous avant cette date</translation>
    </message>
    <message>
        <source>Problems to correct</source>
        <translation type="unfinished">Problèmes à corriger</translation>
    </message>
    <message>
        <source>Back to the &amp;computed date</source>
        <translation type="unfinished">Revenir à la date &amp;calculée</translation>
    </message>
    <message>
        <source>Due by the rules: {date}.</source>
        <translation type="unfinished">Échéance selon les règles&#xa0;: {date}.</translation>
    </message>
    <message>
        <source>The rules give this step no due date.</source>
        <translation type="unfinished">Les règles ne donnent pas d’échéance à cette étape.</translation>
    </message>
    <message>
        <source>Back to the computed date</source>
        <translation type="unfinished">Revenir à la date calculée</translation>
    </message>
    <message>
        <source>Forget the due date set by hand ({date}) and its reason? The step is due on the date the rules compute again.</source>
        <translation type="unfinished">Oublier l’échéance fixée à la main ({date}) et son motif&#xa0;? L’étape est de nouveau due à la date calculée par les règles.</translation>
    </message>
    <message>
        <source>Use the computed date</source>
        <translation type="unfinished">Utiliser la date calculée</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished">Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>This backup was made from another database. Enter that database&apos;s recovery key (14 groups of 4 letters and digits):</source>
        <translation type="unfinished">Cette sauvegarde provient d’une autre base de données. Saisissez la clé de récupération de cette base de données (14 groupes de 4 lettres et chiffres)&#xa0;:</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished">Durée de conservation</translation>
    </message>
    <message>
        <source>Anonymise closed cases this many months after they were closed:</source>
        <translation type="unfinished">Anonymiser les dossiers clôturés ce nombre de mois après leur clôture&#xa0;:</translation>
    </message>
    <message>
        <source>Export family data</source>
        <translation type="unfinished">Exporter les données de la famille</translation>
    </message>
    <message>
        <source>The export holds every piece of personal data about case {case}, including national register numbers and confidential notes. Give it only to the family and keep the files safe. Continue?</source>
        <translation type="unfinished">L’exportation contient toutes les données personnelles du dossier {case}, y compris les numéros de registre national et les notes confidentielles. Ne la remettez qu’à la famille et conservez les fichiers en lieu sûr. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Exporter</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported {case} to {json} and {pdf}.</source>
        <translation type="unfinished">{case} exporté vers {json} et {pdf}.</translation>
    </message>
    <message>
        <source>Erase family data</source>
        <translation type="unfinished">Effacer les données de la famille</translation>
    </message>
    <message>
        <source>Erase the personal data of case {case} ({members} members) on request? Names, contacts, notes, consents and national register numbers are removed and dates made approximate; only counts stay for statistics. This cannot be undone.</source>
        <translation type="unfinished">Effacer à sa demande les données personnelles du dossier {case} ({members} membres)&#xa0;? Les noms, coordonnées, notes, consentements et numéros de registre national sont supprimés et les dates rendues approximatives&#xa0;; seuls les nombres restent pour les statistiques. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished">Effacer</translation>
    </message>
    <message>
        <source>The data of {case} was erased.</source>
        <translation type="unfinished">Les données de {case} ont été effacées.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished">Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished">Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Transition Assistant backups (*.tabackup);;All files (*)</source>
        <translation type="unfinished">Sauvegardes de Transition Assistant (*.tabackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <source>Backup written and checked: {file} ({families} families). It opens with this database&apos;s recovery key.</source>
        <translation type="unfinished">Sauvegarde écrite et vérifiée&#xa0;: {file} ({families} familles). Elle s’ouvre avec la clé de récupération de cette base de données.</translation>
    </message>
    <message>
        <source>All the current data will be replaced by the data of the backup {file}; changes made since the backup was written are lost. A safety copy of the current database is kept in the backups folder. Transition Assistant will then close and start again. Continue?</source>
        <translation type="unfinished">Toutes les données actuelles seront remplacées par celles de la sauvegarde {file}&#xa0;; les modifications faites depuis l’écriture de la sauvegarde seront perdues. Une copie de sécurité de la base de données actuelle est conservée dans le répertoire des sauvegardes. Transition Assistant se fermera puis redémarrera. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace the data</source>
        <translation type="unfinished">Remplacer les données</translation>
    </message>
    <message>
        <source>The backup was restored ({families} families). The previous data is kept in {copy}. Transition Assistant will now start again: sign in with your account of the restored data.</source>
        <translation type="unfinished">La sauvegarde a été restaurée ({families} familles). Les données précédentes sont conservées dans {copy}. Transition Assistant va redémarrer&#xa0;: connectez-vous avec votre compte des données restaurées.</translation>
    </message>
    <message>
        <source>Closed cases are anonymised {months} months after they were closed; this is done at every start.</source>
        <translation type="unfinished">Les dossiers clôturés sont anonymisés {months} mois après leur clôture&#xa0;; cela se fait à chaque démarrage.</translation>
    </message>
    <message>
        <source>Cases due now: {count}.</source>
        <translation type="unfinished">Dossiers concernés maintenant&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Retention of closed cases</source>
        <translation type="unfinished">Conservation des dossiers clôturés</translation>
    </message>
    <message>
        <source>&amp;Anonymise now</source>
        <translation type="unfinished">&amp;Anonymiser maintenant</translation>
    </message>
    <message>
        <source>Change the &amp;period…</source>
        <translation type="unfinished">Changer la &amp;durée…</translation>
    </message>
    <message>
        <source>{count} closed cases were anonymised.</source>
        <translation type="unfinished">{count} dossiers clôturés ont été anonymisés.</translation>
    </message>
    <message>
        <source>C&amp;onsents…</source>
        <translation type="unfinished">C&amp;onsentements…</translation>
    </message>
    <message>
        <source>Admin &amp;buddies…</source>
        <translation type="unfinished">Parrains et marraines a&amp;dministratifs…</translation>
    </message>
    <message>
        <source>E&amp;xport family data (subject access)…</source>
        <translation type="unfinished">E&amp;xporter les données de la famille (droit d’accès)…</translation>
    </message>
    <message>
        <source>E&amp;rase family data on request…</source>
        <translation type="unfinished">&amp;Effacer les données de la famille sur demande…</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation type="unfinished">C&amp;hanger mon mot de passe…</translation>
    </message>
    <message>
        <source>Back &amp;up database…</source>
        <translation type="unfinished">&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation type="unfinished">Restaurer depuis une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished">Ad&amp;ministration</translation>
    </message>
    <message>
        <source>Reception &amp;centres…</source>
        <translation type="unfinished">Centres d’&amp;accueil…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished">&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished">&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>&amp;Retention of closed cases…</source>
        <translation type="unfinished">&amp;Conservation des dossiers clôturés…</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation type="unfinished">Connecté&#xa0;: {user} ({role})</translation>
    </message>
    <message>
        <source>Retention rule: {count} cases closed before {date} were anonymised.</source>
        <translation type="unfinished">Règle de conservation&#xa0;: {count} dossiers clôturés avant le {date} ont été anonymisés.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Clé de récupération</translation>
    </message>
    <message>
        <source>The database is encrypted. This recovery key opens it on another computer, or here if the key or the passphrase is lost. It is shown only this once: write it down or print it now, and keep it somewhere safe, away from the computer.</source>
        <translation type="unfinished">La base de données est chiffrée. Cette clé de récupération l’ouvre sur un autre ordinateur, ou ici si la clé ou la phrase secrète est perdue. Elle n’est affichée que cette seule fois&#xa0;: notez-la ou imprimez-la maintenant, et conservez-la en lieu sûr, loin de l’ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copier</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation type="unfinished">J’ai &amp;noté ou imprimé la clé de récupération</translation>
    </message>
    <message>
        <source>Transition Assistant — recovery key of the database</source>
        <translation type="unfinished">Transition Assistant — clé de récupération de la base de données</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished">Coordinateur</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">Travailleur social</translation>
    </message>
    <message>
        <source>Admin buddy</source>
        <translation type="unfinished">Parrain/marraine administratif</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>This family was changed by someone else since you opened it. Reopen it to see the changes, then make yours again.</source>
        <translation type="unfinished">Quelqu’un d’autre a modifié cette famille depuis que vous l’avez ouverte. Rouvrez-la pour voir ces modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>This family does not exist (any more).</source>
        <translation type="unfinished">Cette famille n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This checklist step does not exist (any more).</source>
        <translation type="unfinished">Cette étape de la liste n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This family has no protection decision yet: record the decision to get its checklist.</source>
        <translation type="unfinished">Cette famille n’a pas encore de décision de protection&#xa0;: enregistrez la décision pour obtenir sa liste des démarches.</translation>
    </message>
    <message>
        <source>This step was changed by someone else since you opened the checklist. The checklist now shows their change; make yours again if it is still needed.</source>
        <translation type="unfinished">Quelqu’un d’autre a modifié cette étape depuis que vous avez ouvert la liste. La liste affiche maintenant sa modification&#xa0;; refaites la vôtre si elle est encore nécessaire.</translation>
    </message>
    <message>
        <source>The step could not be added: check its title and the steps it waits for.</source>
        <translation type="unfinished">L’étape n’a pas pu être ajoutée&#xa0;: vérifiez son titre et les étapes qu’elle attend.</translation>
    </message>
    <message>
        <source>Only a social worker can record that the family left the centre (or undo it): it changes the case&apos;s status. Tell the family&apos;s social worker the day they left and where they went.</source>
        <translation type="unfinished">Seul un assistant social peut enregistrer que la famille a quitté le centre (ou l’annuler)&#xa0;: cela change le statut du dossier. Indiquez à l’assistant social de la famille le jour du départ et où elle est allée.</translation>
    </message>
    <message>
        <source>Only a step that is done has a done date: mark it done first.</source>
        <translation type="unfinished">Seule une étape faite a une date de réalisation&#xa0;: marquez-la d’abord comme faite.</translation>
    </message>
    <message>
        <source>Only an open step can get a new due date (this one is done or not applicable).</source>
        <translation type="unfinished">Seule une étape ouverte peut recevoir une nouvelle échéance (celle-ci est faite ou sans objet).</translation>
    </message>
    <message>
        <source>Only a step added by hand can be removed; mark a step of the checklist not applicable instead.</source>
        <translation type="unfinished">Seule une étape ajoutée à la main peut être retirée&#xa0;; marquez plutôt une étape de la liste comme sans objet.</translation>
    </message>
    <message>
        <source>This change is not in the checklist&apos;s history.</source>
        <translation type="unfinished">Cette modification ne figure pas dans l’historique de la liste.</translation>
    </message>
    <message>
        <source>This kind of change cannot be undone.</source>
        <translation type="unfinished">Ce type de modification ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>This change was already undone.</source>
        <translation type="unfinished">Cette modification a déjà été annulée.</translation>
    </message>
    <message>
        <source>You can only undo your own changes.</source>
        <translation type="unfinished">Vous ne pouvez annuler que vos propres modifications.</translation>
    </message>
    <message>
        <source>This change can no longer be undone: the step (or the family) was changed again since. The checklist now shows what it is now.</source>
        <translation type="unfinished">Cette modification ne peut plus être annulée&#xa0;: l’étape (ou la famille) a encore été modifiée depuis. La liste montre maintenant son état actuel.</translation>
    </message>
    <message>
        <source>Only a closed case can be archived.</source>
        <translation type="unfinished">Seul un dossier clôturé peut être archivé.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished">Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <source>This family is not among the families you follow.</source>
        <translation type="unfinished">Cette famille ne fait pas partie des familles que vous suivez.</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation type="unfinished">Le nom d’utilisateur ou le mot de passe n’est pas correct.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again in {minutes} minutes, or ask a coordinator to unlock it.</source>
        <translation type="unfinished">Ce compte est verrouillé après trop de mots de passe erronés. Réessayez dans {minutes} minutes, ou demandez à un coordinateur de le déverrouiller.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation type="unfinished">Le mot de passe actuel n’est pas correct.</translation>
    </message>
    <message>
        <source>A coordinator account already exists: sign in, or ask the coordinator for an account.</source>
        <translation type="unfinished">Un compte de coordinateur existe déjà&#xa0;: connectez-vous, ou demandez un compte au coordinateur.</translation>
    </message>
    <message>
        <source>This is the last active coordinator account: create another coordinator first.</source>
        <translation type="unfinished">C’est le dernier compte de coordinateur actif&#xa0;: créez d’abord un autre coordinateur.</translation>
    </message>
    <message>
        <source>This user does not exist (any more).</source>
        <translation type="unfinished">Cet utilisateur n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished">Connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished">Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>This person is not an active admin buddy.</source>
        <translation type="unfinished">Cette personne n’est pas un parrain ou une marraine administratif actif.</translation>
    </message>
    <message>
        <source>This buddy already accompanies this family.</source>
        <translation type="unfinished">Ce parrain ou cette marraine accompagne déjà cette famille.</translation>
    </message>
    <message>
        <source>This buddy does not accompany this family.</source>
        <translation type="unfinished">Ce parrain ou cette marraine n’accompagne pas cette famille.</translation>
    </message>
    <message>
        <source>This consent record does not exist (any more).</source>
        <translation type="unfinished">Ce consentement n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation type="unfinished">Ce consentement a déjà été retiré.</translation>
    </message>
    <message>
        <source>This family&apos;s data was already erased.</source>
        <translation type="unfinished">Les données de cette famille ont déjà été effacées.</translation>
    </message>
    <message>
        <source>Choose who the dossier is for.</source>
        <extracomment>The minimum each recipient needs; never the confidential notes. What a recipient may never get, whatever is ticked (a buddy: see access.permissions). Recipients that get national register and residence card numbers (they register the family).</extracomment>
        <translation type="unfinished">Choisissez le destinataire du dossier.</translation>
    </message>
    <message>
        <source>The dossier has no such section.</source>
        <translation type="unfinished">Le dossier ne comporte pas cette partie.</translation>
    </message>
    <message>
        <source>This recipient may not receive protection details or confidential notes.</source>
        <translation type="unfinished">Ce destinataire ne peut pas recevoir les informations sur la protection ni les notes confidentielles.</translation>
    </message>
    <message>
        <source>Choose at least one section for the dossier.</source>
        <translation type="unfinished">Choisissez au moins une partie pour le dossier.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished">Le répertoire {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>The family has not given its consent to share a handover dossier with this recipient. Record the consent first, or give the reason why the dossier must be shared anyway.</source>
        <translation type="unfinished">La famille n’a pas donné son consentement pour transmettre un dossier de transmission à ce destinataire. Enregistrez d’abord le consentement, ou indiquez pourquoi le dossier doit malgré tout être transmis.</translation>
    </message>
    <message>
        <source>Confidential notes may be shared only when the family&apos;s consent for this recipient names them.</source>
        <translation type="unfinished">Les notes confidentielles ne peuvent être transmises que si le consentement de la famille pour ce destinataire les mentionne.</translation>
    </message>
    <message>
        <source>The dossier cannot be written in this language.</source>
        <translation type="unfinished">Le dossier ne peut pas être rédigé dans cette langue.</translation>
    </message>
    <message>
        <source>A dossier is saved as PDF or DOCX.</source>
        <translation type="unfinished">Un dossier s’enregistre en PDF ou en DOCX.</translation>
    </message>
    <message>
        <source>You can only record families of your own reception centre.</source>
        <translation type="unfinished">Vous ne pouvez enregistrer que des familles de votre propre centre d’accueil.</translation>
    </message>
    <message>
        <source>This appointment does not exist (any more).</source>
        <translation type="unfinished">Ce rendez-vous n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This appointment was changed by someone else since you opened it. Reopen it to see the changes, then make yours again.</source>
        <translation type="unfinished">Quelqu’un d’autre a modifié ce rendez-vous depuis que vous l’avez ouvert. Rouvrez-le pour voir ces modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>This family has no open checklist step, so there is no step card to make.</source>
        <translation type="unfinished">Cette famille n’a aucune étape ouverte dans sa liste des démarches&#xa0;: il n’y a donc pas de fiche d’étape à créer.</translation>
    </message>
    <message>
        <source>This step is not in the family&apos;s checklist.</source>
        <translation type="unfinished">Cette étape ne fait pas partie de la liste des démarches de la famille.</translation>
    </message>
    <message>
        <source>There are no step card texts in this language.</source>
        <translation type="unfinished">Il n’y a pas de textes de fiches d’étape dans cette langue.</translation>
    </message>
    <message>
        <source>An admin buddy can mark a step done or waiting, or undo that.</source>
        <translation type="unfinished">Un parrain ou une marraine administratif peut marquer une étape comme faite ou en attente, ou l’annuler.</translation>
    </message>
    <message>
        <source>Appointments are not available in this version.</source>
        <translation type="unfinished">Les rendez-vous ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <source>This directory entry does not exist (any more).</source>
        <translation type="unfinished">Cette entrée du répertoire n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This directory entry was changed by someone else since you opened it. Reopen it to see the changes, then make yours again.</source>
        <translation type="unfinished">Quelqu’un d’autre a modifié cette entrée du répertoire depuis que vous l’avez ouverte. Rouvrez-la pour voir ces modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>This entry comes with the application and cannot be removed; only local changes to it can be.</source>
        <translation type="unfinished">Cette entrée est fournie avec l’application et ne peut pas être supprimée&#xa0;; seules ses modifications locales peuvent l’être.</translation>
    </message>
    <message>
        <source>The directory has no postal address for {name}. Type it for this letter; you can save it to the directory.</source>
        <translation type="unfinished">Le répertoire n&apos;a pas d&apos;adresse postale pour {name}. Saisissez-la pour ce courrier&#xa0;; vous pouvez l&apos;enregistrer dans le répertoire.</translation>
    </message>
    <message>
        <source>The address of {name} in the directory has no postcode. Type the full address for this letter; you can save it to the directory.</source>
        <translation type="unfinished">L&apos;adresse de {name} dans le répertoire n&apos;a pas de code postal. Saisissez l&apos;adresse complète pour ce courrier&#xa0;; vous pouvez l&apos;enregistrer dans le répertoire.</translation>
    </message>
    <message>
        <source>The address of {name} is marked as uncertain in the directory (checked on {checked}). Check it before the letter is sent.</source>
        <translation type="unfinished">L&apos;adresse de {name} est marquée comme incertaine dans le répertoire (vérifiée le {checked}). Vérifiez-la avant d&apos;envoyer le courrier.</translation>
    </message>
    <message>
        <source>The address of {name} is marked as uncertain in the directory and was never checked. Check it before the letter is sent.</source>
        <translation type="unfinished">L&apos;adresse de {name} est marquée comme incertaine dans le répertoire et n&apos;a jamais été vérifiée. Vérifiez-la avant d&apos;envoyer le courrier.</translation>
    </message>
    <message>
        <source>This recipient is not in the directory. Type the address for this letter.</source>
        <translation type="unfinished">Ce destinataire n&apos;est pas dans le répertoire. Saisissez l&apos;adresse pour ce courrier.</translation>
    </message>
    <message>
        <source>{label}: another reception centre is already called &apos;{value}&apos;.</source>
        <translation type="unfinished">{label}&#xa0;: un autre centre d’accueil s’appelle déjà «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>{label}: the postcode {postcode} belongs to {choices}; choose one.</source>
        <translation type="unfinished">{label}&#xa0;: le code postal {postcode} correspond à {choices}&#xa0;; choisissez-en une.</translation>
    </message>
    <message>
        <source>{label}: no Belgian municipality is called &apos;{value}&apos;.</source>
        <translation type="unfinished">{label}&#xa0;: aucune commune belge ne s’appelle «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a Belgian telephone number (for example 02 123 45 67 or 0470 12 34 56).</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas un numéro de téléphone belge (par exemple 02 123 45 67 ou 0470 12 34 56).</translation>
    </message>
    <message>
        <source>{label}: an enterprise number has 10 digits, for example 0403.019.261.</source>
        <translation type="unfinished">{label}&#xa0;: un numéro d’entreprise compte 10 chiffres, par exemple 0403.019.261.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a valid enterprise number (its check digits do not match).</source>
        <translation type="unfinished">{label}&#xa0;: {value} n’est pas un numéro d’entreprise valable (ses chiffres de contrôle ne correspondent pas).</translation>
    </message>
    <message>
        <source>{label}: the file is not a PNG or JPEG image.</source>
        <translation type="unfinished">{label}&#xa0;: le fichier n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>{label}: the image cannot be read (the file may be damaged).</source>
        <translation type="unfinished">{label}&#xa0;: l’image ne peut pas être lue (le fichier est peut-être endommagé).</translation>
    </message>
    <message>
        <source>{label}: the image is too large ({size} KB; at most {max} KB).</source>
        <translation type="unfinished">{label}&#xa0;: l’image est trop grande ({size} Ko&#xa0;; {max} Ko au plus).</translation>
    </message>
    <message>
        <source>{label}: this reception centre is retired; choose an active one.</source>
        <translation type="unfinished">{label}&#xa0;: ce centre d’accueil est désactivé&#xa0;; choisissez un centre actif.</translation>
    </message>
    <message>
        <source>{label}: this reception centre does not exist.</source>
        <translation type="unfinished">{label}&#xa0;: ce centre d’accueil n’existe pas.</translation>
    </message>
    <message>
        <source>{label}: social workers and admin buddies belong to a reception centre; choose one.</source>
        <translation type="unfinished">{label}&#xa0;: les travailleurs sociaux et les parrains et marraines administratifs appartiennent à un centre d’accueil&#xa0;; choisissez-en un.</translation>
    </message>
    <message>
        <source>This reception centre does not exist (any more).</source>
        <translation type="unfinished">Ce centre d’accueil n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This reception centre was changed by someone else since you opened it. Open it again to see the changes, then make yours again.</source>
        <translation type="unfinished">Ce centre d’accueil a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rouvrez-le pour voir les modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>{label}: the user name &apos;{value}&apos; is already taken.</source>
        <translation type="unfinished">{label}&#xa0;: le nom d’utilisateur «&#xa0;{value}&#xa0;» est déjà pris.</translation>
    </message>
    <message>
        <source>Unknown file format &apos;{format}&apos;: use csv or xlsx.</source>
        <extracomment>Rows an XLSX sheet holds (1,048,576) less the title and header rows.</extracomment>
        <translation type="unfinished">Format de fichier inconnu «&#xa0;{format}&#xa0;»&#xa0;: utilisez csv ou xlsx.</translation>
    </message>
    <message>
        <source>A CSV file is separated by &apos;;&apos; or &apos;,&apos;.</source>
        <translation type="unfinished">Un fichier CSV est séparé par «&#xa0;;&#xa0;» ou «&#xa0;,&#xa0;».</translation>
    </message>
    <message>
        <source>The number of days must be 0 or more.</source>
        <translation type="unfinished">Le nombre de jours doit être 0 ou plus.</translation>
    </message>
    <message>
        <source>This list has {rows} rows, more than a spreadsheet holds ({max}). Narrow it with a filter.</source>
        <translation type="unfinished">Cette liste a {rows} lignes, plus qu’une feuille de calcul n’en contient ({max}). Réduisez-la avec un filtre.</translation>
    </message>
    <message>
        <source>The file could not be written ({reason}). Choose another folder or name.</source>
        <translation type="unfinished">Le fichier n’a pas pu être écrit ({reason}). Choisissez un autre dossier ou un autre nom.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished">L’exportation a été annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language of the interface (en, fr, nl, de, ar).</source>
        <translation type="unfinished">«&#xa0;{language}&#xa0;» n’est pas une langue de l’interface (en, fr, nl, de, ar).</translation>
    </message>
    <message>
        <source>Sign in with your own account to keep your settings.</source>
        <translation type="unfinished">Connectez-vous avec votre propre compte pour conserver vos paramètres.</translation>
    </message>
    <message>
        <source>There is no such letter; the command &apos;letter --list&apos; lists them.</source>
        <translation type="unfinished">Cette lettre n’existe pas&#xa0;; la commande &apos;letter --list&apos; donne la liste des lettres.</translation>
    </message>
    <message>
        <source>This letter has no input &apos;{name}&apos; (its inputs: {known}).</source>
        <translation type="unfinished">Cette lettre n’a pas de donnée &apos;{name}&apos; (ses données&#xa0;: {known}).</translation>
    </message>
    <message>
        <source>A letter to an authority is written in one of these languages: {languages}.</source>
        <translation type="unfinished">Une lettre à une autorité est écrite dans une de ces langues&#xa0;: {languages}.</translation>
    </message>
    <message>
        <source>There are no letter texts in the language &apos;{language}&apos; (languages: {languages}).</source>
        <translation type="unfinished">Il n’y a pas de textes de lettre dans la langue &apos;{language}&apos; (langues&#xa0;: {languages}).</translation>
    </message>
    <message>
        <source>No consent of the family is recorded for “{purpose}” with {recipient}. Record the family’s consent first (family file ▸ Consents), or give the reason why it must be sent without one.</source>
        <extracomment>the shortest reason accepted for sharing without a recorded consent</extracomment>
        <translation type="unfinished">Aucun accord de la famille n’est enregistré pour «&#xa0;{purpose}&#xa0;» avec {recipient}. Enregistrez d’abord l’accord de la famille (dossier de la famille ▸ Accords), ou indiquez pourquoi il faut l’envoyer sans accord.</translation>
    </message>
    <message>
        <source>The family’s consent for {recipient} does not cover the confidential notes. Leave them out, or record a consent that names them (family file ▸ Consents).</source>
        <translation type="unfinished">L’accord de la famille pour {recipient} ne couvre pas les notes confidentielles. Retirez-les, ou enregistrez un accord qui les mentionne (dossier de la famille ▸ Accords).</translation>
    </message>
    <message>
        <source>Say in at least {min} characters why this must be sent without the family’s consent (no names or health details: the reason is kept in the audit log).</source>
        <translation type="unfinished">Expliquez en au moins {min} caractères pourquoi ce document doit être envoyé sans l’accord de la famille (ni noms ni détails de santé&#xa0;: la raison est conservée dans le journal d’audit).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Paramètres</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished">&amp;Langue de l’interface</translation>
    </message>
    <message>
        <source>The language of menus, windows and messages</source>
        <translation type="unfinished">La langue des menus, des fenêtres et des messages</translation>
    </message>
    <message>
        <source>The texts in this language are draft translations that a qualified translator has not reviewed yet.</source>
        <translation type="unfinished">Les textes dans cette langue sont des traductions provisoires qu’aucun traducteur qualifié n’a encore relues.</translation>
    </message>
    <message>
        <source>The language changes at once. It is kept with your account: you find it again on every computer where you sign in.</source>
        <translation type="unfinished">La langue change tout de suite. Elle est conservée avec votre compte&#xa0;: vous la retrouvez sur chaque ordinateur où vous vous connectez.</translation>
    </message>
    <message>
        <source>The language changes at once. Until someone signs in, it is kept on this computer.</source>
        <translation type="unfinished">La langue change tout de suite. Tant que personne ne s’est connecté, elle est conservée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">&amp;Paramètres…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Transition Assistant</source>
        <translation type="unfinished">Connexion — Transition Assistant</translation>
    </message>
    <message>
        <source>Sign in to Transition Assistant</source>
        <translation type="unfinished">Se connecter à Transition Assistant</translation>
    </message>
    <message>
        <source>Family files hold sensitive personal data: every file you open is recorded in the audit log under your name.</source>
        <translation type="unfinished">Les dossiers des familles contiennent des données personnelles sensibles&#xa0;: chaque dossier que vous ouvrez est enregistré à votre nom dans le journal d’audit.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Mot de passe</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished">Message de connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished">Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>StepCardsDialog</name>
    <message>
        <source>Step cards</source>
        <translation type="unfinished">Fiches d’étape</translation>
    </message>
    <message>
        <source>A printable page per step in the family&apos;s language, with the authority&apos;s language underneath: what the step is, where to go, what to bring, by when and what comes next.</source>
        <translation type="unfinished">Une page imprimable par étape dans la langue de la famille, avec la langue de l’autorité en dessous&#xa0;: ce qu’est l’étape, où aller, quoi apporter, pour quand et ce qui vient ensuite.</translation>
    </message>
    <message>
        <source>&amp;Family&apos;s language</source>
        <translation type="unfinished">Langue de la &amp;famille</translation>
    </message>
    <message>
        <source>Language &amp;underneath</source>
        <translation type="unfinished">Langue en &amp;dessous</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation type="unfinished">P&amp;apier</translation>
    </message>
    <message>
        <source>&amp;QR code of the address on the family&apos;s cards (a phone opens it in its map)</source>
        <translation type="unfinished">Code &amp;QR de l’adresse sur les fiches de la famille (un téléphone l’ouvre dans son plan)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished">Fiches</translation>
    </message>
    <message>
        <source>A booklet of all open &amp;steps</source>
        <translation type="unfinished">Un livret de toutes les é&amp;tapes ouvertes</translation>
    </message>
    <message>
        <source>&amp;One card for</source>
        <translation type="unfinished">&amp;Une fiche pour</translation>
    </message>
    <message>
        <source>Step of the card</source>
        <translation type="unfinished">Étape de la fiche</translation>
    </message>
    <message>
        <source>A4, one card a page</source>
        <translation type="unfinished">A4, une fiche par page</translation>
    </message>
    <message>
        <source>Two A5 cards per A4 sheet (cut in the middle)</source>
        <translation type="unfinished">Deux fiches A5 par feuille A4 (à couper au milieu)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished">&amp;Aperçu…</translation>
    </message>
    <message>
        <source>This family has no open checklist step.</source>
        <translation type="unfinished">Cette famille n’a aucune étape ouverte dans sa liste des démarches.</translation>
    </message>
    <message>
        <source>The card words in {languages} are draft translations, not yet reviewed; the cards say so.</source>
        <translation type="unfinished">Les mots des fiches en {languages} sont des traductions provisoires, pas encore relues&#xa0;; les fiches le signalent.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the database</source>
        <translation type="unfinished">Ouvrir la base de données</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished">Clé de &amp;récupération</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation type="unfinished">XXXX-XXXX-XXXX-…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation type="unfinished">Phrase secrète (&amp;confirmation)</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished">Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <source>I forgot the passphrase: use the &amp;recovery key</source>
        <translation type="unfinished">J’ai oublié la phrase secrète&#xa0;: utiliser la clé de &amp;récupération</translation>
    </message>
    <message>
        <source>New &amp;passphrase</source>
        <translation type="unfinished">Nouvelle &amp;phrase secrète</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished">Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation type="unfinished">Chiffrer la base de données</translation>
    </message>
    <message>
        <source>This database is not encrypted. Encrypt it now? A verified encrypted copy replaces the file.</source>
        <translation type="unfinished">Cette base de données n’est pas chiffrée. La chiffrer maintenant&#xa0;? Une copie chiffrée et vérifiée remplace le fichier.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation type="unfinished">Chiffrer</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>User account</source>
        <translation type="unfinished">Compte utilisateur</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished">Nom &amp;complet</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">&amp;Rôle</translation>
    </message>
    <message>
        <source>Reception &amp;centre</source>
        <translation type="unfinished">Centre &amp;d’accueil</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished">&amp;Fonction</translation>
    </message>
    <message>
        <source>Printed under the person&apos;s name in letters; choose one or type another.</source>
        <translation type="unfinished">Imprimée sous le nom de la personne dans les lettres&#xa0;; choisissez-en une ou tapez-en une autre.</translation>
    </message>
    <message>
        <source>Title f&amp;orm</source>
        <translation type="unfinished">F&amp;orme de la fonction</translation>
    </message>
    <message>
        <source>How the job title is written: feminine, masculine or neutral, as the person chooses.</source>
        <translation type="unfinished">Comment la fonction est écrite&#xa0;: au féminin, au masculin ou sous une forme neutre, au choix de la personne.</translation>
    </message>
    <message>
        <source>Direct p&amp;hone</source>
        <translation type="unfinished">&amp;Téléphone direct</translation>
    </message>
    <message>
        <source>optional, e.g. 0470 12 34 56</source>
        <translation type="unfinished">facultatif, p. ex. 0470 12 34 56</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished">&amp;E-mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">facultatif</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation type="unfinished">Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished">Mot de &amp;passe (confirmation)</translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished">Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation type="unfinished">Modifier l’utilisateur</translation>
    </message>
    <message>
        <source>New password for {user}</source>
        <translation type="unfinished">Nouveau mot de passe pour {user}</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished">Changer mon mot de passe</translation>
    </message>
    <message>
        <source>(none: every centre — coordinators only)</source>
        <translation type="unfinished">(aucun&#xa0;: tous les centres — coordinateurs uniquement)</translation>
    </message>
    <message>
        <source>{centre} (retired)</source>
        <translation type="unfinished">{centre} (désactivé)</translation>
    </message>
</context>
<context>
    <name>UserManageDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished">Utilisateurs</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished">Comptes utilisateurs</translation>
    </message>
    <message>
        <source>Enter changes the selected account; Delete disables it, after asking.</source>
        <translation type="unfinished">Entrée modifie le compte sélectionné&#xa0;; Suppr le désactive, après confirmation.</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished">&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished">&amp;Modifier…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation type="unfinished">Nouveau mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished">Dé&amp;sactiver</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Fermer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rôle</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished">Centre</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished">Dernière connexion</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished">désactivé</translation>
    </message>
    <message>
        <source>locked (wrong passwords)</source>
        <translation type="unfinished">verrouillé (mots de passe erronés)</translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished">pas de mot de passe</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished">actif</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished">&amp;Activer</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished">Désactiver le compte</translation>
    </message>
    <message>
        <source>Disable the account of {name}? They will no longer be able to sign in; their past work stays recorded.</source>
        <translation type="unfinished">Désactiver le compte de {name}&#xa0;? Cette personne ne pourra plus se connecter&#xa0;; son travail passé reste enregistré.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished">Désactiver</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished">{label}&#xa0;: ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {max} characters).</source>
        <translation type="unfinished">{label}&#xa0;: le texte est trop long ({max} caractères au maximum).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not one of the allowed values.</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» ne fait pas partie des valeurs autorisées.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation type="unfinished">{label}&#xa0;: cette date ne peut pas se situer dans le futur.</translation>
    </message>
    <message>
        <source>{label} cannot be before {other}.</source>
        <translation type="unfinished">{label}&#xa0;: cette date ne peut pas être antérieure à celle du champ «&#xa0;{other}&#xa0;».</translation>
    </message>
    <message>
        <source>{label}: this is not a valid Belgian national register or BIS number ({reason}).</source>
        <translation type="unfinished">{label}&#xa0;: ce n’est pas un numéro de registre national ou un numéro BIS belge valide ({reason}).</translation>
    </message>
    <message>
        <source>{label} does not match the birth date ({birth_date}).</source>
        <translation type="unfinished">{label}&#xa0;: le numéro ne correspond pas à la date de naissance ({birth_date}).</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; is already used by another case.</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» figure déjà dans un autre dossier.</translation>
    </message>
    <message>
        <source>A household needs exactly one head of household (it has {count}).</source>
        <translation type="unfinished">Un ménage doit avoir exactement un chef de ménage (nombre actuel&#xa0;: {count}).</translation>
    </message>
    <message>
        <source>A household needs at least one member.</source>
        <translation type="unfinished">Un ménage doit compter au moins un membre.</translation>
    </message>
    <message>
        <source>{label}: unknown code &apos;{value}&apos;.</source>
        <translation type="unfinished">{label}&#xa0;: code inconnu «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>{label}: the preferred language must be one of the languages spoken.</source>
        <translation type="unfinished">{label}&#xa0;: la langue préférée doit faire partie des langues parlées.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a Belgian postcode.</source>
        <translation type="unfinished">{label}&#xa0;: {value} n&apos;est pas un code postal belge.</translation>
    </message>
    <message>
        <source>{label}: {value} is not a postcode of {municipality}.</source>
        <translation type="unfinished">{label}&#xa0;: {value} n&apos;est pas un code postal de {municipality}.</translation>
    </message>
    <message>
        <source>{label} must be between {min} and {max} euros.</source>
        <translation type="unfinished">{label} doit être compris entre {min} et {max} euros.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Some fields need correcting.</source>
        <extracomment>The translation context of a code given as a bare source text (older call sites).</extracomment>
        <translation type="unfinished">Certains champs doivent être corrigés.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished">Prénoms</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Nom de famille</translation>
    </message>
    <message>
        <source>Relation to the head of household</source>
        <translation type="unfinished">Lien avec le chef de ménage</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished">Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Sexe</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished">Nationalité</translation>
    </message>
    <message>
        <source>Immigration Office (OE/DVZ) number</source>
        <translation type="unfinished">Numéro de l&apos;Office des Etrangers (OE)</translation>
    </message>
    <message>
        <source>{member}: a national register number has 11 digits (YY.MM.DD-XXX.CC); the one entered has {count}.</source>
        <translation type="unfinished">{member}&#xa0;: un numéro de registre national compte 11 chiffres (AA.MM.JJ-XXX.CC)&#xa0;; celui qui a été saisi en a {count}.</translation>
    </message>
    <message>
        <source>{member}: a national register number has only digits, dots and a hyphen (YY.MM.DD-XXX.CC).</source>
        <translation type="unfinished">{member}&#xa0;: un numéro de registre national ne contient que des chiffres, des points et un trait d&apos;union (AA.MM.JJ-XXX.CC).</translation>
    </message>
    <message>
        <source>{member}: the national register number is not valid: its last two digits do not match the others. Copy it again from the residence card.</source>
        <translation type="unfinished">{member}&#xa0;: le numéro de registre national n&apos;est pas valable&#xa0;: ses deux derniers chiffres ne correspondent pas aux autres. Recopiez-le depuis la carte de séjour.</translation>
    </message>
    <message>
        <source>{member}: the national register number is not valid: its first six digits are not a birth date (YY.MM.DD).</source>
        <translation type="unfinished">{member}&#xa0;: le numéro de registre national n&apos;est pas valable&#xa0;: ses six premiers chiffres ne forment pas une date de naissance (AA.MM.JJ).</translation>
    </message>
    <message>
        <source>{member}: the national register number is for someone born on {encoded}, but the birth date entered is {birth_date}. Correct one of the two.</source>
        <translation type="unfinished">{member}&#xa0;: le numéro de registre national correspond à une personne née le {encoded}, mais la date de naissance saisie est le {birth_date}. Corrigez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>{label}: only digits, with or without dots (for example 8.123.456).</source>
        <translation type="unfinished">{label}&#xa0;: uniquement des chiffres, avec ou sans points (par exemple 8.123.456).</translation>
    </message>
    <message>
        <source>{label}: it has {count} digits; an Immigration Office number has {min} to {max}.</source>
        <translation type="unfinished">{label}&#xa0;: il compte {count} chiffres&#xa0;; un numéro de l&apos;Office des Etrangers en compte de {min} à {max}.</translation>
    </message>
    <message>
        <source>{label}: it contains characters that cannot be printed. Type it again.</source>
        <translation type="unfinished">{label}&#xa0;: il contient des caractères qui ne peuvent pas être imprimés. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished">Type d’entrée</translation>
    </message>
    <message>
        <source>Place for</source>
        <translation type="unfinished">Lieu pour</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished">Code postal</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished">Commune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">Site web</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished">Heures d’ouverture</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished">Langues parlées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Date the address was checked</source>
        <translation type="unfinished">Date de vérification de l&apos;adresse</translation>
    </message>
    <message>
        <source>Date the phone number was checked</source>
        <translation type="unfinished">Date de vérification du numéro de téléphone</translation>
    </message>
    <message>
        <source>Date the e-mail address was checked</source>
        <translation type="unfinished">Date de vérification de l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Date the opening hours were checked</source>
        <translation type="unfinished">Date de vérification des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not valid.</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas valide.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a postcode of this municipality.</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas un code postal de cette commune.</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished">Langue préférée</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation type="unfinished">Numéro de registre national</translation>
    </message>
    <message>
        <source>Residence card type</source>
        <translation type="unfinished">Type de titre de séjour</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation type="unfinished">Numéro du titre de séjour</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished">Statut du dossier</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Numéro de dossier</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation type="unfinished">Centre d’accueil</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished">Travailleur social</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished">Date d’arrivée</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation type="unfinished">Date de sortie</translation>
    </message>
    <message>
        <source>Destination municipality</source>
        <translation type="unfinished">Commune de destination</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation type="unfinished">Type de contact</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation type="unfinished">Statut de protection</translation>
    </message>
    <message>
        <source>Deciding body</source>
        <translation type="unfinished">Instance de décision</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished">Date de la décision</translation>
    </message>
    <message>
        <source>Asylum application date</source>
        <translation type="unfinished">Date de la demande d’asile</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation type="unfinished">Date de notification</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished">Référence de la décision</translation>
    </message>
    <message>
        <source>How the family left</source>
        <translation type="unfinished">Comment la famille est partie</translation>
    </message>
    <message>
        <source>{label} is needed for this letter.</source>
        <extracomment>One message for every missing value; its ``label`` says what (and where) it is.</extracomment>
        <translation type="unfinished">{label}&#xa0;: nécessaire pour cette lettre.</translation>
    </message>
    <message>
        <source>Address of the new dwelling</source>
        <extracomment>The labels of the letters&apos; inputs (``label:`` in resources/letters/*.yaml), marked here for the translators: a test checks every input label of every letter is in this list.</extracomment>
        <translation type="unfinished">Adresse du nouveau logement</translation>
    </message>
    <message>
        <source>Address of the dwelling</source>
        <translation type="unfinished">Adresse du logement</translation>
    </message>
    <message>
        <source>Start of the lease</source>
        <translation type="unfinished">Début du bail</translation>
    </message>
    <message>
        <source>Rental guarantee asked</source>
        <translation type="unfinished">Garantie locative demandée</translation>
    </message>
    <message>
        <source>Moving-in date</source>
        <translation type="unfinished">Date d’emménagement</translation>
    </message>
    <message>
        <source>Desired first school day</source>
        <translation type="unfinished">Premier jour d’école souhaité</translation>
    </message>
    <message>
        <source>Reason for the referral / needs</source>
        <translation type="unfinished">Motif de l’orientation / besoins</translation>
    </message>
    <message>
        <source>Head of household (family file ▸ Members)</source>
        <translation type="unfinished">Chef de ménage (dossier de la famille ▸ Membres)</translation>
    </message>
    <message>
        <source>Birth date of the head of household (family file ▸ Members)</source>
        <translation type="unfinished">Date de naissance du chef de ménage (dossier de la famille ▸ Membres)</translation>
    </message>
    <message>
        <source>Nationality of the head of household (family file ▸ Members)</source>
        <translation type="unfinished">Nationalité du chef de ménage (dossier de la famille ▸ Membres)</translation>
    </message>
    <message>
        <source>Family members living in Belgium (family file ▸ Members)</source>
        <translation type="unfinished">Membres de la famille vivant en Belgique (dossier de la famille ▸ Membres)</translation>
    </message>
    <message>
        <source>Children living in Belgium (family file ▸ Members)</source>
        <translation type="unfinished">Enfants vivant en Belgique (dossier de la famille ▸ Membres)</translation>
    </message>
    <message>
        <source>Family members still abroad (family file ▸ Members)</source>
        <translation type="unfinished">Membres de la famille encore à l’étranger (dossier de la famille ▸ Membres)</translation>
    </message>
    <message>
        <source>Languages spoken (family file ▸ Members)</source>
        <translation type="unfinished">Langues parlées (dossier de la famille ▸ Membres)</translation>
    </message>
    <message>
        <source>Protection status (family file ▸ Decision)</source>
        <translation type="unfinished">Statut de protection (dossier de la famille ▸ Décision)</translation>
    </message>
    <message>
        <source>Deciding body (family file ▸ Decision)</source>
        <translation type="unfinished">Instance de décision (dossier de la famille ▸ Décision)</translation>
    </message>
    <message>
        <source>Decision date (family file ▸ Decision)</source>
        <translation type="unfinished">Date de la décision (dossier de la famille ▸ Décision)</translation>
    </message>
    <message>
        <source>Decision reference (family file ▸ Decision)</source>
        <translation type="unfinished">Référence de la décision (dossier de la famille ▸ Décision)</translation>
    </message>
    <message>
        <source>Asylum application date (family file ▸ Decision)</source>
        <translation type="unfinished">Date de la demande d’asile (dossier de la famille ▸ Décision)</translation>
    </message>
    <message>
        <source>Arrival date (family file ▸ Household)</source>
        <translation type="unfinished">Date d’arrivée (dossier de la famille ▸ Ménage)</translation>
    </message>
    <message>
        <source>Exit date (family file ▸ Household) or decision date (family file ▸ Decision)</source>
        <translation type="unfinished">Date de sortie (dossier de la famille ▸ Ménage) ou date de la décision (dossier de la famille ▸ Décision)</translation>
    </message>
    <message>
        <source>Exit date, planned or actual (family file ▸ Household)</source>
        <translation type="unfinished">Date de sortie, prévue ou effective (dossier de la famille ▸ Ménage)</translation>
    </message>
    <message>
        <source>Destination municipality (family file ▸ Household)</source>
        <translation type="unfinished">Commune de destination (dossier de la famille ▸ Ménage)</translation>
    </message>
    <message>
        <source>Reception centre (family file ▸ Household)</source>
        <translation type="unfinished">Centre d’accueil (dossier de la famille ▸ Ménage)</translation>
    </message>
    <message>
        <source>Social worker (family file ▸ Household)</source>
        <translation type="unfinished">Travailleur social (dossier de la famille ▸ Ménage)</translation>
    </message>
    <message>
        <source>Municipality of the reception centre (Administration ▸ Centres)</source>
        <translation type="unfinished">Commune du centre d’accueil (Administration ▸ Centres)</translation>
    </message>
    <message>
        <source>Extension of the stay in reception (checklist)</source>
        <translation type="unfinished">Prolongation du séjour en accueil (démarches)</translation>
    </message>
    <message>
        <source>A rule for this date (rules files: ask your coordinator)</source>
        <translation type="unfinished">Une règle pour cette date (fichiers de règles&#xa0;: demandez à votre coordinateur)</translation>
    </message>
    <message>
        <source>Addressee (name and address)</source>
        <translation type="unfinished">Destinataire (nom et adresse)</translation>
    </message>
    <message>
        <source>Landlord (name and address)</source>
        <translation type="unfinished">Propriétaire (nom et adresse)</translation>
    </message>
    <message>
        <source>School (name and address)</source>
        <translation type="unfinished">École (nom et adresse)</translation>
    </message>
    <message>
        <source>A value of the family file</source>
        <translation type="unfinished">Une donnée du dossier de la famille</translation>
    </message>
    <message>
        <source>Postcode of the new dwelling</source>
        <translation type="unfinished">Code postal du nouveau logement</translation>
    </message>
    <message>
        <source>Municipality of the new dwelling</source>
        <translation type="unfinished">Commune du nouveau logement</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation type="unfinished">Loyer mensuel</translation>
    </message>
    <message>
        <source>Monthly charges</source>
        <translation type="unfinished">Charges mensuelles</translation>
    </message>
    <message>
        <source>Rental guarantee</source>
        <translation type="unfinished">Garantie locative</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation type="unfinished">Propriétaire</translation>
    </message>
    <message>
        <source>Landlord&apos;s address</source>
        <translation type="unfinished">Adresse du propriétaire</translation>
    </message>
    <message>
        <source>Landlord&apos;s postcode</source>
        <translation type="unfinished">Code postal du propriétaire</translation>
    </message>
    <message>
        <source>Landlord&apos;s phone</source>
        <translation type="unfinished">Téléphone du propriétaire</translation>
    </message>
    <message>
        <source>Landlord&apos;s e-mail</source>
        <translation type="unfinished">E-mail du propriétaire</translation>
    </message>
    <message>
        <source>Note for the social worker</source>
        <extracomment>What a buddy may set a step to: done, waiting for someone else, or back to do (a wrong tick).</extracomment>
        <translation type="unfinished">Note pour le travailleur social</translation>
    </message>
    <message>
        <source>Step status</source>
        <extracomment>Families whose open steps are on the due list (closed and archived cases leave every list). Families no longer in reception: the steps of leaving it no longer need doing (see ``is_moot``). Tracks whose steps are done before leaving the centre (moot once the family left). The fields of a step a change records before and after (``checklist_event.before/after``; Undo). The family&apos;s fields the leave step changes (under ``&quot;family&quot;`` in before/after). Event kinds Undo can reverse. Dates of the case that are the day a step was done.</extracomment>
        <translation type="unfinished">Statut de l’étape</translation>
    </message>
    <message>
        <source>Reason the step is blocked</source>
        <translation type="unfinished">Raison du blocage de l’étape</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation type="unfinished">Date de réalisation</translation>
    </message>
    <message>
        <source>Day the family left the centre</source>
        <translation type="unfinished">Jour où la famille a quitté le centre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation type="unfinished">Titre de l’étape</translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished">Volet</translation>
    </message>
    <message>
        <source>Steps to do first</source>
        <translation type="unfinished">Étapes à faire d’abord</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished">Échéance</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation type="unfinished">Nouvelle échéance</translation>
    </message>
    <message>
        <source>Reason for the new due date</source>
        <translation type="unfinished">Motif de la nouvelle échéance</translation>
    </message>
    <message>
        <source>Length of the extension (months)</source>
        <translation type="unfinished">Durée de la prolongation (mois)</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation type="unfinished">Motif de la prolongation</translation>
    </message>
    <message>
        <source>Reason for going beyond the maximum</source>
        <translation type="unfinished">Motif du dépassement du maximum</translation>
    </message>
    <message>
        <source>Date the extension was granted</source>
        <translation type="unfinished">Date d’octroi de la prolongation</translation>
    </message>
    <message>
        <source>{label} must be between {min} and {max}.</source>
        <translation type="unfinished">{label}&#xa0;: la valeur doit être comprise entre {min} et {max}.</translation>
    </message>
    <message>
        <source>The extensions would add up to {total} months, more than the maximum of {maximum} months in the rules: {label} is required.</source>
        <translation type="unfinished">Les prolongations totaliseraient {total} mois, plus que le maximum de {maximum} mois prévu par les règles&#xa0;: {label} est obligatoire.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>detail -&gt; the field holding the date it was checked (the address date covers the postcode too) Fields a local edit of a shipped entry may set (the name, kind and municipality stay shipped).</extracomment>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Mot de passe</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished">Fonction</translation>
    </message>
    <message>
        <source>Form of the job title</source>
        <translation type="unfinished">Forme de la fonction</translation>
    </message>
    <message>
        <source>Direct phone</source>
        <translation type="unfinished">Téléphone direct</translation>
    </message>
    <message>
        <source>{label}: use 3 to 64 lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation type="unfinished">{label}&#xa0;: utilisez de 3 à 64 lettres minuscules, chiffres, points, traits d’union ou tirets bas.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished">Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation type="unfinished">Nom du centre</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished">Opérateur d’accueil</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished">Rue et numéro</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation type="unfinished">Numéro d’entreprise</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished">Logo</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation type="unfinished">Le mot de passe doit compter au moins 10 caractères.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished">Le mot de passe ne peut pas contenir le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation type="unfinished">Ce qui est partagé</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished">Partagé avec</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished">Consentement donné le</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation type="unfinished">Consentement retiré le</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Personne</translation>
    </message>
    <message>
        <source>Retention period (months)</source>
        <translation type="unfinished">Durée de conservation (mois)</translation>
    </message>
    <message>
        <source>{label}: this person is not a member of this family.</source>
        <translation type="unfinished">{label}&#xa0;: cette personne ne fait pas partie de cette famille.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished">Rendez-vous</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">À apporter</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation type="unfinished">Accompagné par</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation type="unfinished">Étape de la liste</translation>
    </message>
    <message>
        <source>{label} must be after {other}.</source>
        <translation type="unfinished">{label}&#xa0;: doit être postérieur au champ «&#xa0;{other}&#xa0;».</translation>
    </message>
    <message>
        <source>{label}: at most {max} lines.</source>
        <translation type="unfinished">{label}&#xa0;: au maximum {max} lignes.</translation>
    </message>
    <message>
        <source>{label}: the year must be between {first} and {last}.</source>
        <translation type="unfinished">{label}&#xa0;: l’année doit être comprise entre {first} et {last}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished">{label}&#xa0;: &apos;{value}&apos; n’est pas une date&#xa0;; écrivez-la sous la forme AAAA-MM-JJ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not an amount in euros.</source>
        <translation type="unfinished">{label}&#xa0;: &apos;{value}&apos; n’est pas un montant en euros.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a whole number.</source>
        <translation type="unfinished">{label}&#xa0;: &apos;{value}&apos; n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>The postal address of {name} is not known (or marked uncertain) in the directory: give it for this letter (street and number, then postcode and municipality).</source>
        <translation type="unfinished">L’adresse postale de {name} n’est pas connue (ou est marquée incertaine) dans l’annuaire&#xa0;: indiquez-la pour cette lettre (rue et numéro, puis code postal et commune).</translation>
    </message>
    <message>
        <source>{label}: give the street and number, then the postcode and municipality on the last line.</source>
        <translation type="unfinished">{label}&#xa0;: indiquez la rue et le numéro, puis le code postal et la commune sur la dernière ligne.</translation>
    </message>
    <message>
        <source>Postal address of the addressee</source>
        <translation type="unfinished">Adresse postale du destinataire</translation>
    </message>
    <message>
        <source>The new home in {postcode} {place} is in the area of {competent}: a request about it goes to that CPAS/OCMW, not to {addressed}.</source>
        <translation type="unfinished">Le nouveau logement à {postcode} {place} relève du {competent}&#xa0;: une demande à son sujet va à ce CPAS, pas au {addressed}.</translation>
    </message>
    <message>
        <source>The new home in {postcode} {place} is in {place}: the family registers at the administration of that municipality, not of {addressed}. Correct the address, or the family&apos;s new municipality (family file ▸ Household).</source>
        <translation type="unfinished">Le nouveau logement à {postcode} {place} se trouve à {place}&#xa0;: la famille s’inscrit à l’administration de cette commune, pas à celle de {addressed}. Corrigez l’adresse, ou la nouvelle commune de la famille (dossier de la famille ▸ Ménage).</translation>
    </message>
    <message>
        <source>{label}: write the postcode and municipality on the last line (for example “1070 Anderlecht”), so that the competent CPAS/OCMW can be checked.</source>
        <translation type="unfinished">{label}&#xa0;: écrivez le code postal et la commune sur la dernière ligne (par exemple «&#xa0;1070 Anderlecht&#xa0;»), pour que le CPAS compétent puisse être vérifié.</translation>
    </message>
    <message>
        <source>{label}: {postcode} is not a Belgian postcode.</source>
        <translation type="unfinished">{label}&#xa0;: {postcode} n’est pas un code postal belge.</translation>
    </message>
    <message>
        <source>None of the children living in Belgium is of school age on {date} (2½ years or more; compulsory education is from 5 to 18): a school letter cannot be made.</source>
        <translation type="unfinished">Aucun des enfants vivant en Belgique n’a l’âge scolaire le {date} (2 ans et demi ou plus&#xa0;; l’obligation scolaire va de 5 à 18 ans)&#xa0;: une lettre à l’école ne peut pas être faite.</translation>
    </message>
    <message>
        <source>{name} is younger than 2½ years on {date} and is left out of the school letter.</source>
        <translation type="unfinished">{name} a moins de 2 ans et demi le {date} et n’est pas repris(e) dans la lettre à l’école.</translation>
    </message>
    <message>
        <source>{name} is {age} years old: compulsory education ends at 18. Check that a school enrolment is what the family wants.</source>
        <translation type="unfinished">{name} a {age} ans&#xa0;: l’obligation scolaire se termine à 18 ans. Vérifiez que la famille souhaite bien une inscription scolaire.</translation>
    </message>
    <message>
        <source>The birth date of {name} is needed for this letter (family file ▸ Members): it lists people by their age.</source>
        <translation type="unfinished">La date de naissance de {name} est nécessaire pour cette lettre (dossier de la famille ▸ Membres)&#xa0;: elle reprend les personnes selon leur âge.</translation>
    </message>
    <message>
        <source>This letter is for adults (18 or more) and no member living in Belgium is an adult on {date}.</source>
        <translation type="unfinished">Cette lettre concerne les adultes (18 ans ou plus) et aucun membre vivant en Belgique n’est majeur le {date}.</translation>
    </message>
    <message>
        <source>{label}: give an amount in euros, such as 650 or 650,50.</source>
        <translation type="unfinished">{label}&#xa0;: indiquez un montant en euros, par exemple 650 ou 650,50.</translation>
    </message>
    <message>
        <source>{label} cannot be negative or zero.</source>
        <translation type="unfinished">{label} ne peut pas être négatif ni nul.</translation>
    </message>
    <message>
        <source>{label}: {value} € is more than {maximum} €; check the amount.</source>
        <translation type="unfinished">{label}&#xa0;: {value} € dépasse {maximum} €&#xa0;; vérifiez le montant.</translation>
    </message>
    <message>
        <source>{label}: an amount has at most two decimals (cents).</source>
        <translation type="unfinished">{label}&#xa0;: un montant a au plus deux décimales (les cents).</translation>
    </message>
    <message>
        <source>{label}: {value} is more than two years from today; check the date.</source>
        <translation type="unfinished">{label}&#xa0;: le {value} est à plus de deux ans d’aujourd’hui&#xa0;; vérifiez la date.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Appointments — week</source>
        <translation type="unfinished">Rendez-vous — semaine</translation>
    </message>
    <message>
        <source>Appointments of the week</source>
        <translation type="unfinished">Rendez-vous de la semaine</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation type="unfinished">Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left, Page Up)</source>
        <translation type="unfinished">Semaine précédente (Alt+Gauche, Page haut)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished">&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>The week of today</source>
        <translation type="unfinished">La semaine d’aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation type="unfinished">Semaine &amp;suivante</translation>
    </message>
    <message>
        <source>Next week (Alt+Right, Page Down)</source>
        <translation type="unfinished">Semaine suivante (Alt+Droite, Page bas)</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation type="unfinished">Semaine affichée</translation>
    </message>
    <message>
        <source>&amp;Export week to calendar (.ics)…</source>
        <translation type="unfinished">&amp;Exporter la semaine vers un agenda (.ics)…</translation>
    </message>
    <message>
        <source>A file to import into a phone or computer calendar (times, places and case numbers; no names)</source>
        <translation type="unfinished">Un fichier à importer dans l’agenda d’un téléphone ou d’un ordinateur (heures, lieux et numéros de dossier&#xa0;; pas de noms)</translation>
    </message>
    <message>
        <source>Appointments by day</source>
        <translation type="unfinished">Rendez-vous par jour</translation>
    </message>
    <message>
        <source>The seven days of the week, each followed by its appointments. Enter or double-click opens an appointment; Alt+Left and Alt+Right show the previous and next week.</source>
        <translation type="unfinished">Les sept jours de la semaine, chacun suivi de ses rendez-vous. Entrée ou un double-clic ouvre un rendez-vous&#xa0;; Alt+Gauche et Alt+Droite affichent la semaine précédente et la suivante.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Heure</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Famille</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished">Rendez-vous</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished">À apporter</translation>
    </message>
    <message>
        <source>Accompanied by</source>
        <translation type="unfinished">Accompagné par</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation type="unfinished">{day} (aujourd’hui)</translation>
    </message>
    <message>
        <source>{day} — no appointments</source>
        <translation type="unfinished">{day} — aucun rendez-vous</translation>
    </message>
    <message>
        <source>{day} — 1 appointment</source>
        <translation type="unfinished">{day} — 1 rendez-vous</translation>
    </message>
    <message>
        <source>{day} — {n} appointments</source>
        <translation type="unfinished">{day} — {n} rendez-vous</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished">de {start} à {end}</translation>
    </message>
    <message>
        <source>Export week to calendar</source>
        <translation type="unfinished">Exporter la semaine vers un agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished">Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Double-click an appointment (or press Enter) to open it. Alt+Left and Alt+Right (or Page Up and Page Down) show the previous and next week.</source>
        <translation type="unfinished">Double-cliquez sur un rendez-vous (ou appuyez sur Entrée) pour l’ouvrir. Alt+Gauche et Alt+Droite (ou Page haut et Page bas) affichent la semaine précédente et la suivante.</translation>
    </message>
    <message>
        <source>{first} – {last} · week {week}</source>
        <translation type="unfinished">{first} – {last} · semaine {week}</translation>
    </message>
    <message>
        <source>Appointments — {week}</source>
        <translation type="unfinished">Rendez-vous — {week}</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation type="unfinished">À apporter</translation>
    </message>
    <message>
        <source>The calendar file could not be written.</source>
        <translation type="unfinished">Le fichier d’agenda n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">Exportation</translation>
    </message>
    <message>
        <source>Saved {count} appointments in {file}. Import it into the calendar of your phone or computer.

The file holds times, places and case numbers, no names. It is not encrypted: delete it once it is imported.</source>
        <translation type="unfinished">{count} rendez-vous enregistrés dans {file}. Importez-le dans l’agenda de votre téléphone ou de votre ordinateur.

Le fichier contient des heures, des lieux et des numéros de dossier, pas de noms. Il n’est pas chiffré&#xa0;: supprimez-le une fois importé.</translation>
    </message>
</context>
</TS>
