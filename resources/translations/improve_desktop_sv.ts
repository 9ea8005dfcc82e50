<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Improve Desktop</source>
            <translation>Om Improve Desktop</translation>
        </message>
        <message>
            <source>Improve Desktop %1</source>
            <translation>Improve Desktop %1</translation>
        </message>
        <message>
            <source>Steering publicly funded development projects in short, learning iterations.</source>
            <translation>Styrning av offentligt finansierade utvecklingsprojekt i korta, lärande iterationer.</translation>
        </message>
        <message>
            <source>Database: %1
Schema revision: %2
Qt %3, PySide6 %4</source>
            <translation>Databas: %1
Schemaversion: %2
Qt %3, PySide6 %4</translation>
        </message>
        <message>
            <source>Version details</source>
            <translation>Versionsuppgifter</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>BacklogController</name>
        <message>
            <source>Add item “%1”</source>
            <translation>Lägg till post ”%1”</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Redigera ”%1”</translation>
        </message>
        <message numerus="yes">
            <source>Set %n item(s) to %1</source>
            <translation>
                <numerusform>Sätt %n post till %1</numerusform>
                <numerusform>Sätt %n poster till %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reorder %n item(s)</source>
            <translation>
                <numerusform>Flytta om %n post</numerusform>
                <numerusform>Flytta om %n poster</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s) to the top</source>
            <translation>
                <numerusform>Flytta %n post först</numerusform>
                <numerusform>Flytta %n poster först</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s) to the bottom</source>
            <translation>
                <numerusform>Flytta %n post sist</numerusform>
                <numerusform>Flytta %n poster sist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s) to the backlog</source>
            <translation>
                <numerusform>Flytta %n post till backloggen</numerusform>
                <numerusform>Flytta %n poster till backloggen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s) to iteration %1</source>
            <translation>
                <numerusform>Flytta %n post till iteration %1</numerusform>
                <numerusform>Flytta %n poster till iteration %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Ta bort %n post</numerusform>
                <numerusform>Ta bort %n poster</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BacklogModel</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Arbetssätt</translation>
        </message>
        <message>
            <source>Iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>Backlog</source>
            <translation>Backlogg</translation>
        </message>
    </context>
    <context>
        <name>BacklogTable</name>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Poäng</translation>
        </message>
    </context>
    <context>
        <name>BacklogView</name>
        <message>
            <source>Backlog</source>
            <translation>Backlogg</translation>
        </message>
        <message>
            <source>&amp;New item:</source>
            <translation>&amp;Ny post:</translation>
        </message>
        <message>
            <source>Type a title and press Enter (Ctrl+N comes here)</source>
            <translation>Skriv en titel och tryck Enter (Ctrl+N tar dig hit)</translation>
        </message>
        <message>
            <source>New item title</source>
            <translation>Titel för ny post</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filtrera:</translation>
        </message>
        <message>
            <source>Words in title or description (Ctrl+F)</source>
            <translation>Ord i titel eller beskrivning (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter text</source>
            <translation>Filtertext</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filtrera på status</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alla statusar</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Filtrera på typ</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alla typer</translation>
        </message>
        <message>
            <source>Filter by method</source>
            <translation>Filtrera på arbetssätt</translation>
        </message>
        <message>
            <source>C&amp;lear filter</source>
            <translation>&amp;Rensa filter</translation>
        </message>
        <message>
            <source>Clear filter</source>
            <translation>Rensa filter</translation>
        </message>
        <message>
            <source>Backlog items</source>
            <translation>Backloggposter</translation>
        </message>
        <message>
            <source>Backlog summary</source>
            <translation>Sammanfattning av backloggen</translation>
        </message>
        <message>
            <source>&amp;New item</source>
            <translation>&amp;Ny post</translation>
        </message>
        <message>
            <source>&amp;Filter</source>
            <translation>&amp;Filtrera</translation>
        </message>
        <message>
            <source>&amp;Edit item…</source>
            <translation>&amp;Redigera post…</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Flytta &amp;upp</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Flytta &amp;ned</translation>
        </message>
        <message>
            <source>Move to &amp;top</source>
            <translation>Flytta &amp;först</translation>
        </message>
        <message>
            <source>Move to &amp;bottom</source>
            <translation>Flytta &amp;sist</translation>
        </message>
        <message>
            <source>Move to &amp;iteration…</source>
            <translation>Flytta till &amp;iteration…</translation>
        </message>
        <message>
            <source>Move to the bac&amp;klog</source>
            <translation>Flytta till back&amp;loggen</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <source>Set status: %1</source>
            <translation>Sätt status: %1</translation>
        </message>
        <message>
            <source>All methods</source>
            <translation>Alla arbetssätt</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) shown</source>
            <translation>
                <numerusform>%n post visas</numerusform>
                <numerusform>%n poster visas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 poäng</translation>
        </message>
        <message>
            <source>filtered from %1</source>
            <translation>filtrerat från %1</translation>
        </message>
        <message>
            <source>Sort by # to reorder the backlog.</source>
            <translation>Sortera på # för att ändra ordningen i backloggen.</translation>
        </message>
        <message>
            <source>There is no planned or active iteration to move to.</source>
            <translation>Det finns ingen planerad eller aktiv iteration att flytta till.</translation>
        </message>
        <message>
            <source>Move to iteration</source>
            <translation>Flytta till iteration</translation>
        </message>
        <message>
            <source>&amp;Iteration:</source>
            <translation>&amp;Iteration:</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <source>Welcome</source>
            <translation>Välkommen</translation>
        </message>
        <message>
            <source>Welcome to Improve Desktop</source>
            <translation>Välkommen till Improve Desktop</translation>
        </message>
        <message>
            <source>Plan your project in short iterations, follow up decisions in the steering group and see which working methods give results. Everything is stored on this computer and works without a network.</source>
            <translation>Planera projektet i korta iterationer, följ upp styrgruppens beslut och se vilka arbetssätt som ger resultat. Allt sparas på den här datorn och fungerar utan nätverk.</translation>
        </message>
        <message>
            <source>&amp;Create a project…</source>
            <translation>&amp;Skapa ett projekt…</translation>
        </message>
        <message>
            <source>Create a project</source>
            <translation>Skapa ett projekt</translation>
        </message>
        <message>
            <source>Load the &amp;demo data</source>
            <translation>Läs in &amp;demodata</translation>
        </message>
        <message>
            <source>Load the demo data</source>
            <translation>Läs in demodata</translation>
        </message>
        <message>
            <source>Fills this database with three organisations and five example projects</source>
            <translation>Fyller databasen med tre organisationer och fem exempelprojekt</translation>
        </message>
        <message>
            <source>&amp;Open another database…</source>
            <translation>Ö&amp;ppna en annan databas…</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>Öppna en annan databas</translation>
        </message>
    </context>
    <context>
        <name>GroupPage</name>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Steering group members</source>
            <translation>Styrgruppens ledamöter</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Edit item</source>
            <translation>Redigera post</translation>
        </message>
        <message>
            <source>Not estimated</source>
            <translation>Inte uppskattad</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;yp</translation>
        </message>
        <message>
            <source>&amp;Points</source>
            <translation>&amp;Poäng</translation>
        </message>
        <message>
            <source>&amp;Methods (Space ticks)</source>
            <translation>&amp;Arbetssätt (mellanslag bockar i)</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Beskrivning</translation>
        </message>
        <message>
            <source>&amp;Acceptance criteria</source>
            <translation>&amp;Acceptanskriterier</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>The title is required.</source>
            <translation>Titeln måste fyllas i.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Organisations, steering clusters and projects</source>
            <translation>Organisationer, styrgruppskluster och projekt</translation>
        </message>
        <message>
            <source>Project views</source>
            <translation>Projektvyer</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <source>Backlog</source>
            <translation>Backlogg</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Databasfil</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>New &amp;project…</source>
            <translation>Nytt &amp;projekt…</translation>
        </message>
        <message>
            <source>Create a project in this database</source>
            <translation>Skapa ett projekt i den här databasen</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Ny databas…</translation>
        </message>
        <message>
            <source>Create an empty database file</source>
            <translation>Skapa en tom databasfil</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>Ö&amp;ppna databas…</translation>
        </message>
        <message>
            <source>Open another database file</source>
            <translation>Öppna en annan databasfil</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Säkerhetskopiera nu</translation>
        </message>
        <message>
            <source>Write a verified copy of the database to the backups folder</source>
            <translation>Skriv en kontrollerad kopia av databasen till mappen för säkerhetskopior</translation>
        </message>
        <message>
            <source>Load &amp;demo data</source>
            <translation>Läs in &amp;demodata</translation>
        </message>
        <message>
            <source>Fill an empty database with the demo portfolio</source>
            <translation>Fyll en tom databas med demoportföljen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <source>New backlog &amp;item</source>
            <translation>Ny backlogg&amp;post</translation>
        </message>
        <message>
            <source>Type the title of a new backlog item</source>
            <translation>Skriv titeln på en ny backloggpost</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>Go to &amp;navigation</source>
            <translation>Gå till &amp;navigeringen</translation>
        </message>
        <message>
            <source>Go to &amp;content</source>
            <translation>Gå till &amp;innehållet</translation>
        </message>
        <message>
            <source>Project &amp;overview</source>
            <translation>Projekt&amp;översikt</translation>
        </message>
        <message>
            <source>&amp;Backlog</source>
            <translation>&amp;Backlogg</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;Hög kontrast</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;About Improve Desktop</source>
            <translation>&amp;Om Improve Desktop</translation>
        </message>
        <message>
            <source> (read-only)</source>
            <translation> (skrivskyddad)</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Databas: %1</translation>
        </message>
        <message>
            <source>The database was upgraded from schema %1; a copy of the old file is at %2</source>
            <translation>Databasen uppgraderades från schema %1; en kopia av den gamla filen finns i %2</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Skrivskyddad</translation>
        </message>
        <message>
            <source>This database is open read-only.</source>
            <translation>Databasen är öppnad skrivskyddad.</translation>
        </message>
        <message>
            <source>Project %1 created</source>
            <translation>Projektet %1 har skapats</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Läs in demodata</translation>
        </message>
        <message>
            <source>Fill this database with the demo portfolio: three organisations, two steering clusters and five projects with six iterations each?</source>
            <translation>Vill du fylla databasen med demoportföljen: tre organisationer, två styrgruppskluster och fem projekt med sex iterationer vardera?</translation>
        </message>
        <message>
            <source>Demo data loaded: %1 projects</source>
            <translation>Demodata inläst: %1 projekt</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Säkerhetskopiera</translation>
        </message>
        <message>
            <source>Backup written and verified: %1</source>
            <translation>Säkerhetskopian är skriven och kontrollerad: %1</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Öppna databas</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Ny databas</translation>
        </message>
        <message>
            <source>%1 was saved by a newer version of Improve Desktop. Update the application to open it. The file has not been changed.</source>
            <translation>%1 har sparats av en nyare version av Improve Desktop. Uppdatera programmet för att öppna den. Filen har inte ändrats.</translation>
        </message>
        <message>
            <source>%1 is not an Improve Desktop database. Nothing was changed.</source>
            <translation>%1 är inte en databas för Improve Desktop. Ingenting har ändrats.</translation>
        </message>
        <message>
            <source>The database could not be opened: %1</source>
            <translation>Databasen kunde inte öppnas: %1</translation>
        </message>
    </context>
    <context>
        <name>MemberModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Organisation och befattning</translation>
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <source>New project</source>
            <translation>Nytt projekt</translation>
        </message>
        <message>
            <source>Fields marked * are required.</source>
            <translation>Fält märkta med * måste fyllas i.</translation>
        </message>
        <message>
            <source>e.g. UME-IPS</source>
            <translation>t.ex. UME-IPS</translation>
        </message>
        <message>
            <source>Choose or type a new name</source>
            <translation>Välj eller skriv ett nytt namn</translation>
        </message>
        <message>
            <source>No steering cluster</source>
            <translation>Inget styrgruppskluster</translation>
        </message>
        <message>
            <source>SEK</source>
            <translation>kr</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dagar</translation>
        </message>
        <message>
            <source>&amp;Code *</source>
            <translation>&amp;Kod *</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Namn *</translation>
        </message>
        <message>
            <source>&amp;Owner organisation *</source>
            <translation>Projekt&amp;ägare *</translation>
        </message>
        <message>
            <source>&amp;Steering cluster</source>
            <translation>&amp;Styrgruppskluster</translation>
        </message>
        <message>
            <source>&amp;Programme area</source>
            <translation>&amp;Programområde</translation>
        </message>
        <message>
            <source>S&amp;tart date *</source>
            <translation>S&amp;tartdatum *</translation>
        </message>
        <message>
            <source>&amp;End date *</source>
            <translation>Slut&amp;datum *</translation>
        </message>
        <message>
            <source>&amp;Budget</source>
            <translation>&amp;Budget</translation>
        </message>
        <message>
            <source>&amp;Iteration length</source>
            <translation>&amp;Iterationslängd</translation>
        </message>
        <message>
            <source>P&amp;urpose</source>
            <translation>S&amp;yfte</translation>
        </message>
        <message>
            <source>Create project</source>
            <translation>Skapa projekt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>ProjectOverviewPage</name>
        <message>
            <source>Project overview</source>
            <translation>Projektöversikt</translation>
        </message>
        <message>
            <source>About the project</source>
            <translation>Om projektet</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Programme area</source>
            <translation>Programområde</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Syfte</translation>
        </message>
        <message>
            <source>Current iteration</source>
            <translation>Aktuell iteration</translation>
        </message>
        <message>
            <source>Iteration goal</source>
            <translation>Iterationens mål</translation>
        </message>
        <message>
            <source>Iteration dates</source>
            <translation>Iterationens datum</translation>
        </message>
        <message>
            <source>Points done in the current iteration</source>
            <translation>Klara poäng i den aktuella iterationen</translation>
        </message>
        <message>
            <source>This project has no iterations yet. Plan the first one in the planning view.</source>
            <translation>Projektet har inga iterationer ännu. Planera den första i planeringsvyn.</translation>
        </message>
        <message>
            <source>Velocity of closed iterations</source>
            <translation>Hastighet i avslutade iterationer</translation>
        </message>
        <message>
            <source>Velocity summary</source>
            <translation>Sammanfattning av hastigheten</translation>
        </message>
        <message>
            <source>Velocity table</source>
            <translation>Hastighetstabell</translation>
        </message>
        <message>
            <source>Committed and completed points for each closed iteration</source>
            <translation>Åtagna och klara poäng för varje avslutad iteration</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Project manager: %1</source>
            <translation>Projektledare: %1</translation>
        </message>
        <message numerus="yes">
            <source>iterations of %n day(s)</source>
            <translation>
                <numerusform>iterationer om %n dag</numerusform>
                <numerusform>iterationer om %n dagar</numerusform>
            </translation>
        </message>
        <message>
            <source>Goal: %1</source>
            <translation>Mål: %1</translation>
        </message>
        <message>
            <source>no goal set</source>
            <translation>inget mål satt</translation>
        </message>
        <message>
            <source>day %1 of %2</source>
            <translation>dag %1 av %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n item(s), %2 points</source>
            <translation>
                <numerusform>%1: %n post, %2 poäng</numerusform>
                <numerusform>%1: %n poster, %2 poäng</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 points done (%3)</source>
            <translation>%1 av %2 poäng klara (%3)</translation>
        </message>
        <message>
            <source>No closed iterations yet.</source>
            <translation>Inga avslutade iterationer ännu.</translation>
        </message>
        <message numerus="yes">
            <source>Average completed over the last %n iteration(s): %1 points</source>
            <translation>
                <numerusform>Genomsnitt klart (senaste %n iteration): %1 poäng</numerusform>
                <numerusform>Genomsnitt klart (senaste %n iterationerna): %1 poäng</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of what was committed</source>
            <translation>%1 av det som åtogs</translation>
        </message>
        <message>
            <source>trend: %1</source>
            <translation>trend: %1</translation>
        </message>
    </context>
    <context>
        <name>ProjectTableModel</name>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Projektägare</translation>
        </message>
        <message>
            <source>Iterations</source>
            <translation>Iterationer</translation>
        </message>
        <message>
            <source>Backlog items</source>
            <translation>Backloggposter</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>This field is required.</source>
            <translation>Fältet måste fyllas i.</translation>
        </message>
        <message>
            <source>Use at least %1 characters.</source>
            <translation>Använd minst %1 tecken.</translation>
        </message>
        <message>
            <source>Use at most %1 characters.</source>
            <translation>Använd högst %1 tecken.</translation>
        </message>
        <message>
            <source>Use only letters A–Ö, digits and hyphens, starting with a letter or digit.</source>
            <translation>Använd bara bokstäverna A–Ö, siffror och bindestreck, och börja med en bokstav eller siffra.</translation>
        </message>
        <message>
            <source>The value must be at least %1.</source>
            <translation>Värdet måste vara minst %1.</translation>
        </message>
        <message>
            <source>The value must be at most %1.</source>
            <translation>Värdet får vara högst %1.</translation>
        </message>
        <message>
            <source>The end date must be on or after the start date.</source>
            <translation>Slutdatumet måste vara samma dag som eller efter startdatumet.</translation>
        </message>
        <message>
            <source>This is already in use; choose another.</source>
            <translation>Det här används redan; välj något annat.</translation>
        </message>
        <message>
            <source>The chosen record no longer exists.</source>
            <translation>Det valda finns inte längre.</translation>
        </message>
    </context>
    <context>
        <name>VelocityChart</name>
        <message>
            <source>Velocity chart</source>
            <translation>Hastighetsdiagram</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Åtaget</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Klart</translation>
        </message>
        <message>
            <source>Iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>iteration %1: %2 committed, %3 completed</source>
            <translation>iteration %1: %2 åtagna, %3 klara</translation>
        </message>
        <message>
            <source>Velocity per iteration: %1.</source>
            <translation>Hastighet per iteration: %1.</translation>
        </message>
        <message>
            <source>No closed iterations yet.</source>
            <translation>Inga avslutade iterationer ännu.</translation>
        </message>
    </context>
    <context>
        <name>VelocityModel</name>
        <message>
            <source>Iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Åtaget</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Klart</translation>
        </message>
        <message>
            <source>Share done</source>
            <translation>Andel klar</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Mål</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>%1 SEK</source>
            <translation>%1 kr</translation>
        </message>
        <message>
            <source>Goal met</source>
            <translation>Målet nått</translation>
        </message>
        <message>
            <source>Goal partly met</source>
            <translation>Målet delvis nått</translation>
        </message>
        <message>
            <source>Goal not met</source>
            <translation>Målet inte nått</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Inte bedömt</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klart</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>Berättelse</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Uppgift</translation>
        </message>
        <message>
            <source>Improvement</source>
            <translation>Förbättring</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Planned</source>
            <comment>iteration state</comment>
            <translation>Planerad</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutad</translation>
        </message>
        <message>
            <source>Planned</source>
            <comment>project status</comment>
            <translation>Planerat</translation>
        </message>
        <message>
            <source>Running</source>
            <comment>project status</comment>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>Paused</source>
            <comment>project status</comment>
            <translation>Pausat</translation>
        </message>
        <message>
            <source>Finished</source>
            <comment>project status</comment>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Ordförande</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Ledamot</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Sekreterare</translation>
        </message>
        <message>
            <source>Adjunct</source>
            <translation>Adjungerad</translation>
        </message>
        <message>
            <source>rising</source>
            <translation>stigande</translation>
        </message>
        <message>
            <source>falling</source>
            <translation>sjunkande</translation>
        </message>
        <message>
            <source>steady</source>
            <translation>jämn</translation>
        </message>
        <message>
            <source>not enough iterations yet</source>
            <translation>för få iterationer ännu</translation>
        </message>
    </context>
</TS>
