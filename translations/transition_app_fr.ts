<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
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
</context>
<context>
    <name>Dates</name>
    <message>
        <source>not set</source>
        <translation type="unfinished">non renseignée</translation>
    </message>
    <message>
        <source>Ctrl+Delete clears the date</source>
        <translation type="unfinished">Ctrl+Suppr efface la date</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
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
    <name>Errors</name>
    <message>
        <source>The action could not be completed. Please try again.</source>
        <translation type="unfinished">L’action n’a pas pu être effectuée. Veuillez réessayer.</translation>
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
        <source>Reception &amp;centre</source>
        <translation type="unfinished">Centre d’acc&amp;ueil</translation>
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
        <source>dd/MM/yyyy</source>
        <translation type="unfinished">dd/MM/yyyy</translation>
    </message>
    <message>
        <source>E&amp;xit date</source>
        <translation type="unfinished">Date de so&amp;rtie</translation>
    </message>
    <message>
        <source>&amp;Moving to (municipality)</source>
        <translation type="unfinished">Commune de dest&amp;ination</translation>
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
        <source>A&amp;dd member</source>
        <translation type="unfinished">A&amp;jouter un membre</translation>
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
        <source>Lan&amp;guages spoken</source>
        <translation type="unfinished">Lan&amp;gues parlées</translation>
    </message>
    <message>
        <source>&amp;Preferred language</source>
        <translation type="unfinished">Langue pré&amp;férée</translation>
    </message>
    <message>
        <source>National re&amp;gister number</source>
        <translation type="unfinished">Numéro de regis&amp;tre national</translation>
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
        <source>Residence &amp;card</source>
        <translation type="unfinished">Titre de séj&amp;our</translation>
    </message>
    <message>
        <source>Card n&amp;umber</source>
        <translation type="unfinished">N&amp;uméro de carte</translation>
    </message>
    <message>
        <source>Card e&amp;xpires</source>
        <translation type="unfinished">Carte &amp;valable jusqu’au</translation>
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
        <source>&amp;Contacts</source>
        <translation type="unfinished">&amp;Contacts</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished">Coordonnées</translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation type="unfinished">A&amp;jouter un contact</translation>
    </message>
    <message>
        <source>Remove c&amp;ontact</source>
        <translation type="unfinished">&amp;Retirer le contact</translation>
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
        <source>Member: {name}</source>
        <translation type="unfinished">Membre&#xa0;: {name}</translation>
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
        <source>Dari</source>
        <translation type="unfinished">Dari</translation>
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
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished">Coordonnées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
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
        <source>&amp;Confidential (social workers only)</source>
        <translation type="unfinished">&amp;Confidentiel (travailleurs sociaux uniquement)</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished">A&amp;jouter la note</translation>
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
        <source>&amp;About Transition Assistant</source>
        <translation type="unfinished">À &amp;propos de Transition Assistant</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Exit support for families leaving Belgian reception centres.&lt;/p&gt;&lt;p&gt;Municipality and postcode data: FPS BOSA, BeST Address open data, licensed CC BY 4.0.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Accompagnement à la sortie pour les familles qui quittent un centre d’accueil en Belgique.&lt;/p&gt;&lt;p&gt;Données des communes et des codes postaux&#xa0;: SPF BOSA, données ouvertes BeST Address, sous licence CC BY 4.0.&lt;/p&gt;</translation>
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
    <message>
        <source>{shown} of {total} families</source>
        <translation type="unfinished">{shown} familles sur {total}</translation>
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
        <source>Only a closed case can be archived.</source>
        <translation type="unfinished">Seul un dossier clôturé peut être archivé.</translation>
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
        <source>{label}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation type="unfinished">{label}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas une adresse e-mail.</translation>
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
        <source>Languages spoken</source>
        <translation type="unfinished">Langues parlées</translation>
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
        <source>Note</source>
        <translation type="unfinished">Note</translation>
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
        <source>Operator</source>
        <translation type="unfinished">Opérateur d’accueil</translation>
    </message>
</context>
</TS>
