<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
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
</context>
<context>
    <name>Dates</name>
    <message>
        <source>not set</source>
        <translation type="unfinished">niet ingevuld</translation>
    </message>
    <message>
        <source>Ctrl+Delete clears the date</source>
        <translation type="unfinished">Ctrl+Delete wist de datum</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
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
    <name>Errors</name>
    <message>
        <source>The action could not be completed. Please try again.</source>
        <translation type="unfinished">De actie kon niet worden uitgevoerd. Probeer het opnieuw.</translation>
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
        <source>Reception &amp;centre</source>
        <translation type="unfinished">&amp;Opvangcentrum</translation>
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
        <source>dd/MM/yyyy</source>
        <translation type="unfinished">dd/MM/yyyy</translation>
    </message>
    <message>
        <source>E&amp;xit date</source>
        <translation type="unfinished">V&amp;ertrekdatum</translation>
    </message>
    <message>
        <source>&amp;Moving to (municipality)</source>
        <translation type="unfinished">Ve&amp;rhuist naar (gemeente)</translation>
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
        <source>A&amp;dd member</source>
        <translation type="unfinished">Lid to&amp;evoegen</translation>
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
        <source>Lan&amp;guages spoken</source>
        <translation type="unfinished">Ges&amp;proken talen</translation>
    </message>
    <message>
        <source>&amp;Preferred language</source>
        <translation type="unfinished">V&amp;oorkeurstaal</translation>
    </message>
    <message>
        <source>National re&amp;gister number</source>
        <translation type="unfinished">&amp;Rijksregisternummer</translation>
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
        <source>Residence &amp;card</source>
        <translation type="unfinished">Verblijfsdoc&amp;ument</translation>
    </message>
    <message>
        <source>Card n&amp;umber</source>
        <translation type="unfinished">&amp;Kaartnummer</translation>
    </message>
    <message>
        <source>Card e&amp;xpires</source>
        <translation type="unfinished">Kaart geldig &amp;tot</translation>
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
        <source>&amp;Contacts</source>
        <translation type="unfinished">&amp;Contacten</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished">Contactgegevens</translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation type="unfinished">Contact &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remove c&amp;ontact</source>
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
        <source>Member: {name}</source>
        <translation type="unfinished">Gezinslid: {name}</translation>
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
        <translation type="unfinished">Zoeken op naam, dossiernummer of maatschappelijk werker (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation type="unfinished">Gezinnen zoeken</translation>
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
        <source>Contacts</source>
        <translation type="unfinished">Contacten</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished">Contactgegevens</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notities</translation>
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
        <source>&amp;Confidential (social workers only)</source>
        <translation type="unfinished">&amp;Vertrouwelijk (alleen maatschappelijk werkers)</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
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
        <source>&amp;About Transition Assistant</source>
        <translation type="unfinished">&amp;Over Transition Assistant</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Exit support for families leaving Belgian reception centres.&lt;/p&gt;&lt;p&gt;Municipality and postcode data: FPS BOSA, BeST Address open data, licensed CC BY 4.0.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Begeleiding bij de uitstroom van gezinnen die een Belgisch opvangcentrum verlaten.&lt;/p&gt;&lt;p&gt;Gegevens over gemeenten en postcodes: FOD BOSA, open data BeST Address, onder licentie CC BY 4.0.&lt;/p&gt;</translation>
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
    <message>
        <source>{shown} of {total} families</source>
        <translation type="unfinished">{shown} van {total} gezinnen</translation>
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
        <source>Only a closed case can be archived.</source>
        <translation type="unfinished">Alleen een afgesloten dossier kan worden gearchiveerd.</translation>
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
        <source>{label}: &apos;{value}&apos; is not an e-mail address.</source>
        <translation type="unfinished">{label}: &apos;{value}&apos; is geen e-mailadres.</translation>
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
        <source>Languages spoken</source>
        <translation type="unfinished">Gesproken talen</translation>
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
        <source>Note</source>
        <translation type="unfinished">Notitie</translation>
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
        <source>Operator</source>
        <translation type="unfinished">Opvangoperator</translation>
    </message>
</context>
</TS>
