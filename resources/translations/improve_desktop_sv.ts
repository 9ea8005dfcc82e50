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
        <name>AttendanceDialog</name>
        <message>
            <source>Attendance</source>
            <translation>Närvaro</translation>
        </message>
        <message>
            <source>Tick those present.</source>
            <translation>Kryssa för dem som är närvarande.</translation>
        </message>
        <message>
            <source>(guest)</source>
            <translation>(gäst)</translation>
        </message>
        <message>
            <source>Names separated by commas</source>
            <translation>Namn åtskilda med kommatecken</translation>
        </message>
        <message>
            <source>Add &amp;guests:</source>
            <translation>Lägg till &amp;gäster:</translation>
        </message>
        <message>
            <source>Add guests</source>
            <translation>Lägg till gäster</translation>
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
        <message>
            <source>Set the limit of %1</source>
            <translation>Sätt gränsen för %1</translation>
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
            <source>&amp;Hide done</source>
            <translation>&amp;Dölj klara</translation>
        </message>
        <message>
            <source>Hide done items</source>
            <translation>Dölj klara poster</translation>
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
        <name>BackupModel</name>
        <message>
            <source>Daily</source>
            <translation>Daglig</translation>
        </message>
        <message>
            <source>On request</source>
            <translation>På begäran</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Före en återställning</translation>
        </message>
        <message>
            <source>Before upgrade to %1</source>
            <translation>Före uppgradering till %1</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annan</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Tagen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Slag</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Storlek</translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>%1 p</source>
            <translation>%1 p</translation>
        </message>
        <message>
            <source>%1, %2 points</source>
            <translation>%1, %2 poäng</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Kolumn %1</translation>
        </message>
        <message>
            <source>WIP limit:</source>
            <translation>Gräns för pågående:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>Work-in-progress limit for %1</source>
            <translation>Gräns för antal poster i %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n item(s), %2 points</source>
            <translation>
                <numerusform>%1 · %n post, %2 poäng</numerusform>
                <numerusform>%1 · %n poster, %2 poäng</numerusform>
            </translation>
        </message>
        <message>
            <source>limit %1</source>
            <translation>gräns %1</translation>
        </message>
        <message>
            <source>⚠ Over the work-in-progress limit</source>
            <translation>⚠ Över gränsen för pågående arbete</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Tavla</translation>
        </message>
        <message>
            <source>Move a card with Ctrl+Left and Ctrl+Right, or drag it.</source>
            <translation>Flytta ett kort med Ctrl+Vänster och Ctrl+Höger, eller dra det.</translation>
        </message>
        <message>
            <source>Move card right</source>
            <translation>Flytta kortet åt höger</translation>
        </message>
        <message>
            <source>Move card left</source>
            <translation>Flytta kortet åt vänster</translation>
        </message>
        <message>
            <source>No active iteration: start one in the planning view.</source>
            <translation>Ingen aktiv iteration: starta en i planeringsvyn.</translation>
        </message>
    </context>
    <context>
        <name>BudgetTab</name>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
    </context>
    <context>
        <name>BudgetView</name>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planerat</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <source>%1 so far</source>
            <translation>%1 hittills</translation>
        </message>
        <message>
            <source>Actual − planned</source>
            <translation>Utfall − planerat</translation>
        </message>
        <message>
            <source>Planned so far</source>
            <translation>Planerat hittills</translation>
        </message>
        <message>
            <source>Spent so far</source>
            <translation>Förbrukat hittills</translation>
        </message>
        <message>
            <source>Budget summary</source>
            <translation>Sammanfattning av budgeten</translation>
        </message>
        <message>
            <source>Planned and actual cost per period</source>
            <translation>Planerad kostnad och utfall per period</translation>
        </message>
        <message>
            <source>Budget per period</source>
            <translation>Budgeten period för period</translation>
        </message>
        <message>
            <source>Cost category</source>
            <translation>Kostnadsslag</translation>
        </message>
        <message>
            <source>Planned cost</source>
            <translation>Planerad kostnad</translation>
        </message>
        <message>
            <source>Actual cost</source>
            <translation>Faktisk kostnad</translation>
        </message>
        <message>
            <source>Actual &amp;known</source>
            <translation>&amp;Utfall känt</translation>
        </message>
        <message>
            <source>Actual cost known</source>
            <translation>Faktisk kostnad känd</translation>
        </message>
        <message>
            <source>&amp;Save line</source>
            <translation>&amp;Spara rad</translation>
        </message>
        <message>
            <source>Save budget line</source>
            <translation>Spara budgetrad</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>&amp;Kostnadsslag</translation>
        </message>
        <message>
            <source>&amp;Planned</source>
            <translation>&amp;Planerat</translation>
        </message>
        <message>
            <source>Peri&amp;ods</source>
            <translation>Peri&amp;oder</translation>
        </message>
        <message>
            <source>No budget lines yet. Choose a period and enter the planned cost.</source>
            <translation>Inga budgetrader ännu. Välj en period och skriv in den planerade kostnaden.</translation>
        </message>
        <message>
            <source>⚠ Over budget: at this rate the project ends %1 over its budget.</source>
            <translation>⚠ Över budget: i den här takten slutar projektet %1 över budgeten.</translation>
        </message>
        <message>
            <source>✔ Within budget: at this rate %1 is left at the end.</source>
            <translation>✔ Inom budget: i den här takten återstår %1 vid slutet.</translation>
        </message>
        <message>
            <source>Budget %1. Spent so far %2 (%3 of the budget, with %4 of the project's time passed); planned so far %5.</source>
            <translation>Budget %1. Förbrukat hittills %2 (%3 av budgeten, när %4 av projekttiden har gått); planerat hittills %5.</translation>
        </message>
        <message>
            <source>Burn rate %1 per month; forecast at the end (%2): %3.</source>
            <translation>Förbrukningstakt %1 per månad; prognos vid slutet (%2): %3.</translation>
        </message>
        <message>
            <source>thousand SEK</source>
            <translation>tusen kronor</translation>
        </message>
    </context>
    <context>
        <name>BurndownModel</name>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Kvar</translation>
        </message>
        <message>
            <source>Ideal</source>
            <translation>Idealt</translation>
        </message>
    </context>
    <context>
        <name>ChartsView</name>
        <message>
            <source>No days of this iteration have passed yet.</source>
            <translation>Inga dagar av iterationen har passerat ännu.</translation>
        </message>
        <message>
            <source>%1: %2 points remaining on %3; the ideal line is at %4.</source>
            <translation>%1: %2 poäng kvar den %3; den ideala linjen ligger på %4.</translation>
        </message>
        <message>
            <source>Scope changed after the start: +%1 / −%2 points.</source>
            <translation>Omfattningen ändrades efter start: +%1 / −%2 poäng.</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagram</translation>
        </message>
        <message>
            <source>&amp;Burndown of:</source>
            <translation>&amp;Nedbränning för:</translation>
        </message>
        <message>
            <source>Iteration for the burndown</source>
            <translation>Iteration för nedbränningen</translation>
        </message>
        <message>
            <source>Burndown</source>
            <translation>Nedbränning</translation>
        </message>
        <message>
            <source>Burndown summary</source>
            <translation>Sammanfattning av nedbränningen</translation>
        </message>
        <message>
            <source>Burndown chart</source>
            <translation>Nedbränningsdiagram</translation>
        </message>
        <message>
            <source>Burndown figures</source>
            <translation>Nedbränningens siffror</translation>
        </message>
        <message>
            <source>Velocity</source>
            <translation>Hastighet</translation>
        </message>
        <message>
            <source>Velocity summary</source>
            <translation>Sammanfattning av hastigheten</translation>
        </message>
        <message>
            <source>Velocity chart</source>
            <translation>Hastighetsdiagram</translation>
        </message>
        <message>
            <source>Velocity figures</source>
            <translation>Hastighetens siffror</translation>
        </message>
        <message>
            <source>No started iterations yet.</source>
            <translation>Inga startade iterationer ännu.</translation>
        </message>
        <message>
            <source>Ideal</source>
            <translation>Idealt</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Kvar</translation>
        </message>
        <message>
            <source>Day of the iteration</source>
            <translation>Dag i iterationen</translation>
        </message>
        <message>
            <source>Points remaining</source>
            <translation>Poäng kvar</translation>
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
            <source>Average of the last 3</source>
            <translation>Genomsnitt av de 3 senaste</translation>
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
            <source>Last closed: %1, %2 of %3 points completed.</source>
            <translation>Senast avslutad: %1, %2 av %3 poäng klara.</translation>
        </message>
        <message>
            <source>Average of the last three: %1 points.</source>
            <translation>Genomsnitt av de tre senaste: %1 poäng.</translation>
        </message>
        <message>
            <source>No closed iterations yet.</source>
            <translation>Inga avslutade iterationer ännu.</translation>
        </message>
    </context>
    <context>
        <name>CloseIterationDialog</name>
        <message>
            <source>Close %1</source>
            <translation>Avsluta %1</translation>
        </message>
        <message>
            <source>Goal: %1</source>
            <translation>Mål: %1</translation>
        </message>
        <message>
            <source>Was the goal met?</source>
            <translation>Nåddes målet?</translation>
        </message>
        <message>
            <source>&amp;Comment</source>
            <translation>&amp;Kommentar</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message numerus="yes">
            <source>%n unfinished item(s), %1 points, go:</source>
            <translation>
                <numerusform>%n ofärdig post, %1 poäng, flyttas:</numerusform>
                <numerusform>%n ofärdiga poster, %1 poäng, flyttas:</numerusform>
            </translation>
        </message>
        <message>
            <source>back to the &amp;backlog</source>
            <translation>tillbaka till &amp;backloggen</translation>
        </message>
        <message>
            <source>into the &amp;next iteration</source>
            <translation>till &amp;nästa iteration</translation>
        </message>
        <message>
            <source>Close &amp;iteration</source>
            <translation>&amp;Avsluta iterationen</translation>
        </message>
    </context>
    <context>
        <name>DataSafety</name>
        <message>
            <source>%1 could not be upgraded to this version of Improve Desktop. The database was left exactly as it was, so the previous version can still open it.</source>
            <translation>%1 kunde inte uppgraderas till den här versionen av Improve Desktop. Databasen lämnades precis som den var, så den tidigare versionen kan fortfarande öppna den.</translation>
        </message>
        <message>
            <source>A copy taken before the upgrade is at %1.</source>
            <translation>En kopia som togs före uppgraderingen finns i %1.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Detaljer: %1</translation>
        </message>
        <message>
            <source>%1 is already open in Improve Desktop (process %2 on %3, since %4). Only one window at a time may change a database, so that no change is lost.</source>
            <translation>%1 är redan öppen i Improve Desktop (process %2 på %3, sedan %4). Bara ett fönster i taget får ändra en databas, så att ingen ändring går förlorad.</translation>
        </message>
        <message>
            <source>%1 is in a folder that cannot be written to (a read-only disk or share, or missing permissions), so changes could not be saved there.</source>
            <translation>%1 ligger i en mapp som inte går att skriva till (en skrivskyddad disk eller utdelning, eller behörighet saknas), så ändringar skulle inte kunna sparas där.</translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be opened safely.</source>
            <translation>%1 är skadad och kan inte öppnas på ett säkert sätt.</translation>
        </message>
        <message>
            <source>You can open it read-only to look things up; changes cannot be made in that window.</source>
            <translation>Du kan öppna den skrivskyddad för att slå upp saker; i det fönstret går det inte att göra ändringar.</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Öppna &amp;skrivskyddad</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Opened read-only.</source>
            <translation>Öppnad skrivskyddad.</translation>
        </message>
        <message>
            <source>What was found: %1</source>
            <translation>Det här hittades: %1</translation>
        </message>
        <message>
            <source>Start an &amp;empty database</source>
            <translation>Börja med en &amp;tom databas</translation>
        </message>
        <message>
            <source>The newest backup that is intact is from %1. Restore it? The damaged file is kept, unchanged, under a new name beside the original; nothing is deleted. Changes made after the backup are not in it.</source>
            <translation>Den senaste hela säkerhetskopian är från %1. Vill du återställa den? Den skadade filen behålls oförändrad under ett nytt namn bredvid originalet; ingenting raderas. Ändringar som gjorts efter säkerhetskopian finns inte med i den.</translation>
        </message>
        <message>
            <source>&amp;Restore the backup from %1</source>
            <translation>Åt&amp;erställ säkerhetskopian från %1</translation>
        </message>
        <message>
            <source>There is no intact backup of it. You can keep the damaged file aside under a new name (nothing is deleted) and start with an empty database, or cancel and ask for help with the file.</source>
            <translation>Det finns ingen hel säkerhetskopia av den. Du kan lägga undan den skadade filen under ett nytt namn (ingenting raderas) och börja med en tom databas, eller avbryta och be om hjälp med filen.</translation>
        </message>
        <message>
            <source>The damaged database could not be set aside: %1</source>
            <translation>Den skadade databasen kunde inte läggas undan: %1</translation>
        </message>
        <message>
            <source>The backup from %1 was restored. The damaged file was kept as %2.</source>
            <translation>Säkerhetskopian från %1 återställdes. Den skadade filen sparades som %2.</translation>
        </message>
        <message>
            <source>A new, empty database was started. The damaged file was kept as %1.</source>
            <translation>En ny, tom databas skapades. Den skadade filen sparades som %1.</translation>
        </message>
        <message>
            <source>Improve Desktop was not closed properly last time; the database was checked and is fine.</source>
            <translation>Improve Desktop avslutades inte på rätt sätt förra gången; databasen har kontrollerats och är hel.</translation>
        </message>
        <message>
            <source>The daily backup could not be written: %1</source>
            <translation>Den dagliga säkerhetskopian kunde inte skrivas: %1</translation>
        </message>
        <message>
            <source>Daily backup written.</source>
            <translation>Daglig säkerhetskopia skriven.</translation>
        </message>
        <message>
            <source>on a network share (%1)</source>
            <translation>på en nätverksutdelning (%1)</translation>
        </message>
        <message>
            <source>in a folder that a cloud service keeps in step (%1)</source>
            <translation>i en mapp som en molntjänst synkroniserar (%1)</translation>
        </message>
        <message>
            <source>%1 is %2. Databases there can be damaged or overwritten with an older copy, because the network or the synchronisation does not see how the database writes. Keep the database in a folder on this computer (File → New database, or move the file while the application is closed); the backups are the way to share copies.</source>
            <translation>%1 ligger %2. Databaser där kan skadas eller skrivas över med en äldre kopia, eftersom nätverket eller synkroniseringen inte ser hur databasen skriver. Ha databasen i en mapp på den här datorn (Arkiv → Ny databas, eller flytta filen medan programmet är stängt); säkerhetskopiorna är sättet att dela kopior.</translation>
        </message>
        <message>
            <source>Where the database is</source>
            <translation>Var databasen ligger</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Återställ från säkerhetskopia</translation>
        </message>
        <message>
            <source>This database is open read-only, so it cannot be restored here.</source>
            <translation>Den här databasen är öppen skrivskyddad och kan därför inte återställas här.</translation>
        </message>
        <message>
            <source>Replace the content of the database with the backup from %1? The current content is backed up first.</source>
            <translation>Vill du ersätta databasens innehåll med säkerhetskopian från %1? Det nuvarande innehållet säkerhetskopieras först.</translation>
        </message>
        <message>
            <source>The backup could not be restored: %1</source>
            <translation>Säkerhetskopian kunde inte återställas: %1</translation>
        </message>
        <message>
            <source>The backup from %1 was restored.</source>
            <translation>Säkerhetskopian från %1 återställdes.</translation>
        </message>
        <message>
            <source>The content it replaced was saved as %1.</source>
            <translation>Innehållet den ersatte sparades som %1.</translation>
        </message>
    </context>
    <context>
        <name>DecisionLogView</name>
        <message>
            <source>Decision log</source>
            <translation>Beslutslogg</translation>
        </message>
        <message>
            <source>Reference, title, text, owner or project</source>
            <translation>Diarienummer, rubrik, text, ansvarig eller projekt</translation>
        </message>
        <message>
            <source>yyyy-mm-dd</source>
            <translation>åååå-mm-dd</translation>
        </message>
        <message>
            <source>Only &amp;overdue or due for review</source>
            <translation>&amp;Endast försenade eller med passerat uppföljningsdatum</translation>
        </message>
        <message>
            <source>Only overdue or due for review</source>
            <translation>Endast försenade eller med passerat uppföljningsdatum</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>t&amp;ill:</translation>
        </message>
        <message>
            <source>Decided to</source>
            <translation>Beslutat till och med</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Sök:</translation>
        </message>
        <message>
            <source>Cl&amp;uster:</source>
            <translation>&amp;Kluster:</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Projekt:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>St&amp;atus:</translation>
        </message>
        <message>
            <source>O&amp;wner:</source>
            <translation>Ans&amp;varig:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <source>Decided &amp;from:</source>
            <translation>Beslutat &amp;från:</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Alla statusar</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Alla typer</translation>
        </message>
        <message>
            <source>Decisions and actions</source>
            <translation>Beslut och åtgärder</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>The chosen decision</source>
            <translation>Det valda beslutet</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Ny status</translation>
        </message>
        <message>
            <source>Set st&amp;atus</source>
            <translation>Ä&amp;ndra status</translation>
        </message>
        <message>
            <source>Set the chosen decision's status</source>
            <translation>Ändra status för det valda beslutet</translation>
        </message>
        <message>
            <source>Supe&amp;rsede…</source>
            <translation>E&amp;rsätt…</translation>
        </message>
        <message>
            <source>Record a decision that replaces this one</source>
            <translation>Registrera ett beslut som ersätter detta</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Re&amp;digera…</translation>
        </message>
        <message>
            <source>Edit the chosen decision</source>
            <translation>Redigera det valda beslutet</translation>
        </message>
        <message>
            <source>New &amp;backlog item…</source>
            <translation>N&amp;y backloggpost…</translation>
        </message>
        <message>
            <source>New backlog item from this decision, at the top of the project's backlog</source>
            <translation>Ny backloggpost från detta beslut, överst i projektets backlogg</translation>
        </message>
        <message>
            <source>Decisions shown</source>
            <translation>Visade beslut</translation>
        </message>
        <message>
            <source>Only actions not &amp;done</source>
            <translation>Bara åtgärder som inte är kla&amp;ra</translation>
        </message>
        <message>
            <source>Only actions not done</source>
            <translation>Bara åtgärder som inte är klara</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Ed&amp;it action…</source>
            <translation>Re&amp;digera åtgärd…</translation>
        </message>
        <message>
            <source>Ed&amp;it action… (F2)</source>
            <translation>Re&amp;digera åtgärd… (F2)</translation>
        </message>
        <message>
            <source>Edit the chosen action</source>
            <translation>Redigera den valda åtgärden</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>På&amp;börja</translation>
        </message>
        <message>
            <source>Mark d&amp;one</source>
            <translation>&amp;Markera klar</translation>
        </message>
        <message>
            <source>Put on &amp;hold</source>
            <translation>Vi&amp;lande</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>Öppna i&amp;gen</translation>
        </message>
        <message>
            <source>The chosen action's history</source>
            <translation>Den valda åtgärdens historik</translation>
        </message>
        <message>
            <source>All clusters</source>
            <translation>Alla kluster</translation>
        </message>
        <message>
            <source>All projects</source>
            <translation>Alla projekt</translation>
        </message>
        <message>
            <source>%1 of %2 decisions</source>
            <translation>%1 av %2 beslut</translation>
        </message>
        <message>
            <source>Choose a decision to see its text and history.</source>
            <translation>Välj ett beslut för att se dess text och historik.</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <source>Superseded by %1</source>
            <translation>Ersatt av %1</translation>
        </message>
        <message>
            <source>Due %1 · review %2</source>
            <translation>Klart senast %1 · uppföljning %2</translation>
        </message>
        <message>
            <source>Backlog items: %1</source>
            <translation>Backloggposter: %1</translation>
        </message>
        <message>
            <source>%1, %2: %3 changed from “%4” to “%5”</source>
            <translation>%1, %2: %3 ändrades från ”%4” till ”%5”</translation>
        </message>
        <message>
            <source>Action commands</source>
            <translation>Kommandon för åtgärden</translation>
        </message>
    </context>
    <context>
        <name>DecisionRequestDialog</name>
        <message>
            <source>Raise a decision request</source>
            <translation>Nytt beslutsärende</translation>
        </message>
        <message>
            <source>yyyy-mm-dd (optional)</source>
            <translation>åååå-mm-dd (frivilligt)</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Fråga:</translation>
        </message>
        <message>
            <source>&amp;Options:</source>
            <translation>&amp;Alternativ:</translation>
        </message>
        <message>
            <source>Re&amp;commendation:</source>
            <translation>&amp;Rekommendation:</translation>
        </message>
        <message>
            <source>Raised &amp;by:</source>
            <translation>&amp;Väckt av:</translation>
        </message>
        <message>
            <source>&amp;Needed by:</source>
            <translation>&amp;Behövs senast:</translation>
        </message>
        <message>
            <source>The request goes onto the next meeting's agenda.</source>
            <translation>Ärendet hamnar på nästa mötes dagordning.</translation>
        </message>
    </context>
    <context>
        <name>EditDecisionDialog</name>
        <message>
            <source>Edit %1</source>
            <translation>Redigera %1</translation>
        </message>
        <message>
            <source>yyyy-mm-dd (empty: none)</source>
            <translation>åååå-mm-dd (tomt: inget datum)</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Beslut:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>&amp;Motivering:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Ansvarig:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>&amp;Klart senast:</translation>
        </message>
        <message>
            <source>Re&amp;view:</source>
            <translation>&amp;Uppföljning:</translation>
        </message>
        <message>
            <source>Who changed what, and when, is kept in the history.</source>
            <translation>Vem som ändrade vad, och när, sparas i historiken.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Något gick fel</translation>
        </message>
        <message>
            <source>Something went wrong, but the application keeps running.</source>
            <translation>Något gick fel, men programmet fortsätter att köra.</translation>
        </message>
        <message>
            <source>Everything that was saved before is safe: each change is saved the moment it is made. The last action may not have been completed; please check it.</source>
            <translation>Allt som sparats tidigare är i säkerhet: varje ändring sparas i samma stund som den görs. Den senaste åtgärden kanske inte blev klar; kontrollera den.</translation>
        </message>
        <message>
            <source>A description of the error (without your data) was written to %1.</source>
            <translation>En beskrivning av felet (utan dina uppgifter) skrevs till %1.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fel</translation>
        </message>
        <message>
            <source>Show &amp;details</source>
            <translation>Visa &amp;detaljer</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Visa detaljer</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Detaljer om felet</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Kopiera detaljer</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Kopiera detaljer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Hide &amp;details</source>
            <translation>Dölj &amp;detaljer</translation>
        </message>
    </context>
    <context>
        <name>ErrorHandler</name>
        <message>
            <source>the disk is full</source>
            <translation>disken är full</translation>
        </message>
        <message>
            <source>the database file or its folder cannot be written to</source>
            <translation>det går inte att skriva till databasfilen eller dess mapp</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>disken rapporterade ett fel</translation>
        </message>
        <message>
            <source>another program kept the database locked</source>
            <translation>ett annat program höll databasen låst</translation>
        </message>
        <message>
            <source>the database file is damaged</source>
            <translation>databasfilen är skadad</translation>
        </message>
        <message>
            <source>the database is open read-only</source>
            <translation>databasen är öppen skrivskyddad</translation>
        </message>
        <message>
            <source>of an error</source>
            <translation>ett fel inträffade</translation>
        </message>
        <message>
            <source>The last change could not be saved because %1. It was undone; everything saved before is intact. Free some space or choose another place for the database, then try again.</source>
            <translation>Den senaste ändringen kunde inte sparas eftersom %1. Den ångrades; allt som sparats tidigare är oförändrat. Frigör utrymme eller välj en annan plats för databasen och försök sedan igen.</translation>
        </message>
    </context>
    <context>
        <name>ExportReviewDialog</name>
        <message>
            <source>Export review pack</source>
            <translation>Exportera granskningspaket</translation>
        </message>
        <message>
            <source>Iteration to review</source>
            <translation>Iteration att granska</translation>
        </message>
        <message>
            <source>Iteration {number} ({dates}, {state})</source>
            <translation>Iteration {number}: {dates}, {state}</translation>
        </message>
        <message>
            <source>Language of the pack</source>
            <translation>Paketets språk</translation>
        </message>
        <message>
            <source>File to write</source>
            <translation>Fil att skriva</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>Choose where to save the pack</source>
            <translation>Välj var paketet ska sparas</translation>
        </message>
        <message>
            <source>An Excel workbook for the steering group, ready to print: summary and status, delivered and not delivered items, indicators, decisions and actions, the retrospective, participants and budget, burndown and velocity charts.</source>
            <translation>En Excel-arbetsbok för styrgruppen, klar att skriva ut: sammanfattning och läge, levererade och ej levererade poster, nyckeltal, beslut och åtgärder, retrospektiven, deltagare och budget, burndown- och hastighetsdiagram.</translation>
        </message>
        <message>
            <source>&amp;Iteration:</source>
            <translation>&amp;Iteration:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <source>Export result</source>
            <translation>Exportens resultat</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportera</translation>
        </message>
        <message>
            <source>review-{project}-iteration-{number}</source>
            <translation>granskning-{project}-iteration-{number}</translation>
        </message>
        <message>
            <source>Save the review pack</source>
            <translation>Spara granskningspaketet</translation>
        </message>
        <message>
            <source>Excel workbooks</source>
            <translation>Excel-arbetsböcker</translation>
        </message>
        <message>
            <source>Choose an iteration and a file.</source>
            <translation>Välj en iteration och en fil.</translation>
        </message>
        <message>
            <source>The pack could not be written: {reason}</source>
            <translation>Paketet kunde inte skrivas: {reason}</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Import backlog</source>
            <translation>Importera backlogg</translation>
        </message>
        <message>
            <source>Choose a project in the navigation first.</source>
            <translation>Välj först ett projekt i navigeringen.</translation>
        </message>
        <message numerus="yes">
            <source>Import %n item(s)</source>
            <translation>
                <numerusform>Importera %n post</numerusform>
                <numerusform>Importera %n poster</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) imported into the backlog</source>
            <translation>
                <numerusform>%n post importerad till backloggen</numerusform>
                <numerusform>%n poster importerade till backloggen</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the backlog as an import template</source>
            <translation>Spara backloggen som importmall</translation>
        </message>
        <message>
            <source>backlog-template</source>
            <translation>backloggmall</translation>
        </message>
        <message>
            <source>Excel workbooks</source>
            <translation>Excel-arbetsböcker</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Spara mall</translation>
        </message>
        <message>
            <source>The template could not be saved: {reason}</source>
            <translation>Mallen kunde inte sparas: {reason}</translation>
        </message>
        <message>
            <source>Template saved as {path}</source>
            <translation>Mallen sparades som {path}</translation>
        </message>
        <message>
            <source>Export review pack</source>
            <translation>Exportera granskningspaket</translation>
        </message>
        <message>
            <source>Review pack saved as {path}</source>
            <translation>Granskningspaketet sparades som {path}</translation>
        </message>
        <message>
            <source>Export meeting pack</source>
            <translation>Exportera mötespaket</translation>
        </message>
        <message>
            <source>Choose a steering cluster with meetings, or one of its projects.</source>
            <translation>Välj en styrgrupp som har möten, eller ett av dess projekt.</translation>
        </message>
        <message>
            <source>meeting-{cluster}-{date}</source>
            <translation>möte-{cluster}-{date}</translation>
        </message>
        <message>
            <source>The meeting pack could not be written: {reason}</source>
            <translation>Mötespaketet kunde inte skrivas: {reason}</translation>
        </message>
        <message>
            <source>Meeting pack saved as {path}</source>
            <translation>Mötespaketet sparades som {path}</translation>
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
        <name>FollowUpList</name>
        <message>
            <source>Open actions and decision re&amp;quests:</source>
            <translation>Öppna åtgärder och beslutsär&amp;enden:</translation>
        </message>
        <message>
            <source>Open actions and decision requests</source>
            <translation>Öppna åtgärder och beslutsärenden</translation>
        </message>
        <message>
            <source>Ed&amp;it action…</source>
            <translation>Re&amp;digera åtgärd…</translation>
        </message>
        <message>
            <source>&amp;Withdraw request…</source>
            <translation>Åter&amp;kalla ärendet…</translation>
        </message>
        <message>
            <source>Ed&amp;it action… (F2)</source>
            <translation>Re&amp;digera åtgärd… (F2)</translation>
        </message>
        <message>
            <source>Edit the chosen action</source>
            <translation>Redigera den valda åtgärden</translation>
        </message>
        <message>
            <source>&amp;Withdraw request… (Del)</source>
            <translation>Åter&amp;kalla ärendet… (Del)</translation>
        </message>
        <message>
            <source>Withdraw the chosen decision request</source>
            <translation>Återkalla det valda beslutsärendet</translation>
        </message>
        <message>
            <source>Action: %1</source>
            <translation>Åtgärd: %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>klart senast %1</translation>
        </message>
        <message>
            <source>Decision request: %1</source>
            <translation>Beslutsärende: %1</translation>
        </message>
        <message>
            <source>needed by %1</source>
            <translation>behövs senast %1</translation>
        </message>
        <message>
            <source>Follow-up commands</source>
            <translation>Kommandon för uppföljningen</translation>
        </message>
    </context>
    <context>
        <name>GroupPage</name>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>&amp;Meetings and decisions (Ctrl+Shift+M)</source>
            <translation>&amp;Möten och beslut (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>Meetings and decisions</source>
            <translation>Möten och beslut</translation>
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
        <name>ImportBacklogDialog</name>
        <message>
            <source>the Improve Desktop template</source>
            <translation>Improve Desktops mall</translation>
        </message>
        <message>
            <source>a Jira export</source>
            <translation>en export från Jira</translation>
        </message>
        <message>
            <source>a Trello export</source>
            <translation>en export från Trello</translation>
        </message>
        <message>
            <source>a Taiga export</source>
            <translation>en export från Taiga</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Rad</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontroll</translation>
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
            <source>Iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Metoder</translation>
        </message>
        <message>
            <source>Import backlog into {project}</source>
            <translation>Importera backlogg till {project}</translation>
        </message>
        <message>
            <source>Bring items in from the Improve Desktop template or from a Jira, Trello or Taiga export (CSV, Excel or Trello JSON). The whole file is checked first; nothing is stored until you import, and nothing at all if a row has an error.</source>
            <translation>Hämta in poster från Improve Desktops mall eller från en export från Jira, Trello eller Taiga (CSV, Excel eller Trellos JSON). Hela filen kontrolleras först; inget sparas förrän du importerar, och ingenting alls om en rad har ett fel.</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Välj fil…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Välj filen som ska importeras</translation>
        </message>
        <message>
            <source>Save &amp;template…</source>
            <translation>Spara &amp;mall…</translation>
        </message>
        <message>
            <source>Save an empty import template</source>
            <translation>Spara en tom importmall</translation>
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation>Ingen fil vald ännu.</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>Vad filen innehåller</translation>
        </message>
        <message>
            <source>Items that will be imported</source>
            <translation>Poster som kommer att importeras</translation>
        </message>
        <message>
            <source>It&amp;ems</source>
            <translation>P&amp;oster</translation>
        </message>
        <message>
            <source>Problems and notes, row by row</source>
            <translation>Problem och anmärkningar, rad för rad</translation>
        </message>
        <message>
            <source>&amp;Problems and notes</source>
            <translation>&amp;Problem och anmärkningar</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importera</translation>
        </message>
        <message>
            <source>Import the items</source>
            <translation>Importera posterna</translation>
        </message>
        <message>
            <source>Choose a backlog file</source>
            <translation>Välj en backloggfil</translation>
        </message>
        <message>
            <source>Backlog files</source>
            <translation>Backloggfiler</translation>
        </message>
        <message>
            <source>Save the import template</source>
            <translation>Spara importmallen</translation>
        </message>
        <message>
            <source>backlog-template</source>
            <translation>backloggmall</translation>
        </message>
        <message>
            <source>Excel workbooks</source>
            <translation>Excel-arbetsböcker</translation>
        </message>
        <message>
            <source>The template could not be saved: {reason}</source>
            <translation>Mallen kunde inte sparas: {reason}</translation>
        </message>
        <message>
            <source>The template was saved as {path}.</source>
            <translation>Mallen sparades som {path}.</translation>
        </message>
        <message>
            <source>{file} cannot be imported: {reason}</source>
            <translation>{file} kan inte importeras: {reason}</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} kan inte läsas: {reason}</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fel</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anmärkning</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) from {source}</source>
            <translation>
                <numerusform>%n post från {source}</numerusform>
                <numerusform>%n poster från {source}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n archived card(s) left out)</source>
            <translation>
                <numerusform>(%n arkiverat kort utelämnat)</numerusform>
                <numerusform>(%n arkiverade kort utelämnade)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s) must be corrected in the file before it can be imported; nothing will be stored.</source>
            <translation>
                <numerusform>%n fel måste rättas i filen innan den kan importeras; inget kommer att sparas.</numerusform>
                <numerusform>%n fel måste rättas i filen innan den kan importeras; inget kommer att sparas.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to import.</source>
            <translation>Det finns inget att importera.</translation>
        </message>
        <message>
            <source>Ready to import.</source>
            <translation>Klar att importera.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n item(s)</source>
            <translation>
                <numerusform>&amp;Importera %n post</numerusform>
                <numerusform>&amp;Importera %n poster</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportText</name>
        <message>
            <source>There is no file {path}.</source>
            <translation>Det finns ingen fil {path}.</translation>
        </message>
        <message>
            <source>The file is {size_mb} MB; the limit is {limit_mb} MB.</source>
            <translation>Filen är {size_mb} MB; gränsen är {limit_mb} MB.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Filen är tom.</translation>
        </message>
        <message>
            <source>Files ending in {suffix} cannot be imported. Use .csv, .xlsx or .json.</source>
            <translation>Filer som slutar på {suffix} kan inte importeras. Använd .csv, .xlsx eller .json.</translation>
        </message>
        <message>
            <source>The file is not text in UTF-8 or Windows-1252.</source>
            <translation>Filen är inte text i UTF-8 eller Windows-1252.</translation>
        </message>
        <message>
            <source>The file has more than {limit} rows.</source>
            <translation>Filen har fler än {limit} rader.</translation>
        </message>
        <message>
            <source>The file has more than {limit} columns.</source>
            <translation>Filen har fler än {limit} kolumner.</translation>
        </message>
        <message>
            <source>Row {row} holds a cell longer than {limit} characters.</source>
            <translation>Rad {row} har en cell som är längre än {limit} tecken.</translation>
        </message>
        <message>
            <source>The file is not valid CSV (line {line}: {reason}).</source>
            <translation>Filen är inte giltig CSV (rad {line}: {reason}).</translation>
        </message>
        <message>
            <source>The file is not a readable Excel workbook (.xlsx).</source>
            <translation>Filen är inte en läsbar Excel-arbetsbok (.xlsx).</translation>
        </message>
        <message>
            <source>The workbook unpacks to far more than its size, so it was not opened.</source>
            <translation>Arbetsboken packas upp till långt mer än sin storlek och öppnades därför inte.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line {line}).</source>
            <translation>Filen är inte giltig JSON (rad {line}).</translation>
        </message>
        <message>
            <source>The JSON file is not a Trello board export.</source>
            <translation>JSON-filen är inte en export av en Trello-tavla.</translation>
        </message>
        <message>
            <source>The columns ({columns}) are not those of our template or of a Jira, Trello or Taiga export.</source>
            <translation>Kolumnerna ({columns}) är varken vår malls eller de i en export från Jira, Trello eller Taiga.</translation>
        </message>
        <message>
            <source>The file has no column for the items' titles.</source>
            <translation>Filen har ingen kolumn för posternas titlar.</translation>
        </message>
        <message>
            <source>The title is empty.</source>
            <translation>Titeln är tom.</translation>
        </message>
        <message>
            <source>The text is {length} characters long; at most {limit} fit.</source>
            <translation>Texten är {length} tecken lång; högst {limit} får plats.</translation>
        </message>
        <message>
            <source>The estimate “{value}” is not a number.</source>
            <translation>Uppskattningen ”{value}” är inte ett tal.</translation>
        </message>
        <message>
            <source>The estimate “{value}” is outside 0–1000 points.</source>
            <translation>Uppskattningen ”{value}” ligger utanför 0–1000 poäng.</translation>
        </message>
        <message>
            <source>The estimate {value} was rounded up to {rounded} points.</source>
            <translation>Uppskattningen {value} avrundades uppåt till {rounded} poäng.</translation>
        </message>
        <message>
            <source>The status “{value}” is not known; the item is read as To do.</source>
            <translation>Statusen ”{value}” är okänd; posten läses som Att göra.</translation>
        </message>
        <message>
            <source>The type “{value}” is not known; the item is read as a story.</source>
            <translation>Typen ”{value}” är okänd; posten läses som en berättelse.</translation>
        </message>
        <message>
            <source>No iteration matches “{value}”; the item goes to the backlog.</source>
            <translation>Ingen iteration motsvarar ”{value}”; posten hamnar i backloggen.</translation>
        </message>
        <message>
            <source>Iteration {number} is closed; the unfinished item goes to the backlog.</source>
            <translation>Iteration {number} är stängd; den ofärdiga posten hamnar i backloggen.</translation>
        </message>
        <message>
            <source>The label “{value}” matches no method and is left out (items with it: {count}).</source>
            <translation>Etiketten ”{value}” motsvarar ingen metod och utelämnas (poster med den: {count}).</translation>
        </message>
        <message>
            <source>The card is not in Trello's format.</source>
            <translation>Kortet är inte i Trellos format.</translation>
        </message>
        <message>
            <source>Whole file</source>
            <translation>Hela filen</translation>
        </message>
        <message>
            <source>Row {row}, {column}</source>
            <translation>Rad {row}, {column}</translation>
        </message>
    </context>
    <context>
        <name>IndicatorChart</name>
        <message>
            <source>Indicator trend chart</source>
            <translation>Diagram över nyckeltalets utveckling</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Utgångsläge</translation>
        </message>
        <message>
            <source>Ordinary operations</source>
            <translation>Ordinarie verksamhet</translation>
        </message>
        <message>
            <source>Iteration</source>
            <translation>Iteration</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDialog</name>
        <message>
            <source>New indicator</source>
            <translation>Nytt nyckeltal</translation>
        </message>
        <message>
            <source>Edit indicator</source>
            <translation>Ändra nyckeltal</translation>
        </message>
        <message>
            <source>e.g. %, st, kr</source>
            <translation>t.ex. %, st, kr</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>inte satt</translation>
        </message>
        <message>
            <source>e.g. SUS, participant survey</source>
            <translation>t.ex. SUS, deltagarenkät</translation>
        </message>
        <message>
            <source>(no node)</source>
            <translation>(ingen nod)</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Namn *</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Enhet</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>&amp;Riktning</translation>
        </message>
        <message>
            <source>&amp;Baseline</source>
            <translation>&amp;Utgångsläge</translation>
        </message>
        <message>
            <source>&amp;Target</source>
            <translation>&amp;Mål</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;Källa</translation>
        </message>
        <message>
            <source>&amp;Measures node</source>
            <translation>Mäter n&amp;od</translation>
        </message>
        <message>
            <source>Add indicator</source>
            <translation>Lägg till nyckeltal</translation>
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
            <source>Fields marked * are required. Leave baseline and target empty when they are not known yet.</source>
            <translation>Fält markerade med * måste fyllas i. Lämna utgångsläge och mål tomma om de inte är kända än.</translation>
        </message>
        <message>
            <source>Give the indicator a name.</source>
            <translation>Ge nyckeltalet ett namn.</translation>
        </message>
        <message>
            <source>“%1” is not a number.</source>
            <translation>”%1” är inte ett tal.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorPanel</name>
        <message>
            <source>Indicators</source>
            <translation>Nyckeltal</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>&amp;Nyckeltal</translation>
        </message>
        <message>
            <source>Add &amp;starter indicators</source>
            <translation>Lägg till &amp;startuppsättning</translation>
        </message>
        <message>
            <source>Add starter indicators</source>
            <translation>Lägg till startuppsättningen av nyckeltal</translation>
        </message>
        <message>
            <source>&amp;New indicator…</source>
            <translation>N&amp;ytt nyckeltal…</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>Nytt nyckeltal</translation>
        </message>
        <message>
            <source>E&amp;dit indicator…</source>
            <translation>&amp;Ändra nyckeltal…</translation>
        </message>
        <message>
            <source>Edit indicator</source>
            <translation>Ändra nyckeltal</translation>
        </message>
        <message>
            <source>De&amp;lete indicator</source>
            <translation>&amp;Ta bort nyckeltal</translation>
        </message>
        <message>
            <source>Delete indicator</source>
            <translation>Ta bort nyckeltal</translation>
        </message>
        <message>
            <source>Insert adds an indicator, F2 edits the chosen one, Delete deletes it.</source>
            <translation>Insert lägger till ett nyckeltal, F2 ändrar det valda, Delete tar bort det.</translation>
        </message>
        <message>
            <source>Status against the target</source>
            <translation>Läge mot målet</translation>
        </message>
        <message>
            <source>Indicator summary</source>
            <translation>Sammanfattning av nyckeltalet</translation>
        </message>
        <message>
            <source>Indicator values per iteration</source>
            <translation>Nyckeltalets värden per iteration</translation>
        </message>
        <message>
            <source>Iteration of the value</source>
            <translation>Iteration för värdet</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Värde</translation>
        </message>
        <message>
            <source>&amp;Record value</source>
            <translation>&amp;Registrera värde</translation>
        </message>
        <message>
            <source>Record value</source>
            <translation>Registrera värde</translation>
        </message>
        <message>
            <source>&amp;Value for</source>
            <translation>&amp;Värde för</translation>
        </message>
        <message>
            <source>Reference value</source>
            <translation>Jämförelsevärde</translation>
        </message>
        <message>
            <source>Source of the reference value</source>
            <translation>Källa för jämförelsevärdet</translation>
        </message>
        <message>
            <source>Source, e.g. ordinary operations 2025</source>
            <translation>Källa, t.ex. ordinarie verksamhet 2025</translation>
        </message>
        <message>
            <source>Add re&amp;ference</source>
            <translation>Lägg till &amp;jämförelse</translation>
        </message>
        <message>
            <source>Add reference value</source>
            <translation>Lägg till jämförelsevärde</translation>
        </message>
        <message>
            <source>Ordinary operations (r&amp;eference)</source>
            <translation>Ordinarie verksamhet (jäm&amp;förelse)</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Utgångsläge</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Riktning</translation>
        </message>
        <message>
            <source>Save &amp;target</source>
            <translation>Spara &amp;mål</translation>
        </message>
        <message>
            <source>Save baseline and target</source>
            <translation>Spara utgångsläge och mål</translation>
        </message>
        <message>
            <source>&amp;Baseline</source>
            <translation>&amp;Utgångsläge</translation>
        </message>
        <message>
            <source>Tar&amp;get</source>
            <translation>Må&amp;l</translation>
        </message>
        <message>
            <source>No indicators yet</source>
            <translation>Inga nyckeltal ännu</translation>
        </message>
        <message>
            <source>Add the starter indicators, or your own, to begin measuring.</source>
            <translation>Lägg till startuppsättningen av nyckeltal, eller egna, för att börja mäta.</translation>
        </message>
        <message>
            <source>Latest %1, baseline %2, target %3 (%4).</source>
            <translation>Senast %1, utgångsläge %2, mål %3 (%4).</translation>
        </message>
        <message>
            <source>%1 of the project period has passed; the status compares the progress with that.</source>
            <translation>%1 av projektperioden har gått; läget jämför utvecklingen med det.</translation>
        </message>
        <message>
            <source>Ordinary operations: %1 (%2).</source>
            <translation>Ordinarie verksamhet: %1 (%2).</translation>
        </message>
        <message>
            <source>Source: %1.</source>
            <translation>Källa: %1.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorTableModel</name>
        <message>
            <source>Indicator</source>
            <translation>Nyckeltal</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Senaste</translation>
        </message>
        <message>
            <source>Baseline → target</source>
            <translation>Utgångsläge → mål</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Läge</translation>
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
        <name>LessonEditDialog</name>
        <message>
            <source>Write a lesson</source>
            <translation>Skriv en lärdom</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>What we learned, in one line</source>
            <translation>Vad vi lärde oss, på en rad</translation>
        </message>
        <message>
            <source>What happened and what we would do again</source>
            <translation>Vad som hände och vad vi skulle göra igen</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>No project</source>
            <translation>Inget projekt</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metod</translation>
        </message>
        <message>
            <source>No method</source>
            <translation>Ingen metod</translation>
        </message>
        <message>
            <source>Target groups, separated by commas</source>
            <translation>Målgrupper, skilda med kommatecken</translation>
        </message>
        <message>
            <source>e.g. unga, nyanlända</source>
            <translation>t.ex. unga, nyanlända</translation>
        </message>
        <message>
            <source>Themes, separated by commas</source>
            <translation>Teman, skilda med kommatecken</translation>
        </message>
        <message>
            <source>e.g. samverkan, arbetsgivare</source>
            <translation>t.ex. samverkan, arbetsgivare</translation>
        </message>
        <message>
            <source>Learned on</source>
            <translation>Lärdes den</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Rubrik</translation>
        </message>
        <message>
            <source>Te&amp;xt</source>
            <translation>Te&amp;xt</translation>
        </message>
        <message>
            <source>&amp;Project</source>
            <translation>&amp;Projekt</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Metod</translation>
        </message>
        <message>
            <source>Target &amp;groups</source>
            <translation>Mål&amp;grupper</translation>
        </message>
        <message>
            <source>T&amp;hemes</source>
            <translation>T&amp;eman</translation>
        </message>
        <message>
            <source>&amp;Learned on</source>
            <translation>&amp;Lärdes den</translation>
        </message>
        <message>
            <source>The organisation and locality are the project's.</source>
            <translation>Organisation och ort hämtas från projektet.</translation>
        </message>
    </context>
    <context>
        <name>LessonsDialog</name>
        <message>
            <source>Lessons library</source>
            <translation>Lärdomsbiblioteket</translation>
        </message>
        <message>
            <source>Search lessons</source>
            <translation>Sök lärdomar</translation>
        </message>
        <message>
            <source>Words or the start of words, e.g. arbetsträn</source>
            <translation>Ord eller början av ord, t.ex. arbetsträn</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Sök</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>All localities</source>
            <translation>Alla orter</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metod</translation>
        </message>
        <message>
            <source>All methods</source>
            <translation>Alla metoder</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tagg</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alla taggar</translation>
        </message>
        <message>
            <source>Learned on or after</source>
            <translation>Lärdes tidigast</translation>
        </message>
        <message>
            <source>Learned on or before</source>
            <translation>Lärdes senast</translation>
        </message>
        <message>
            <source>&amp;Locality</source>
            <translation>&amp;Ort</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Metod</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>&amp;Tagg</translation>
        </message>
        <message>
            <source>Learned s&amp;ince</source>
            <translation>Lärdes &amp;från</translation>
        </message>
        <message>
            <source>Learned &amp;until</source>
            <translation>Lärdes till och m&amp;ed</translation>
        </message>
        <message>
            <source>Lessons found</source>
            <translation>Funna lärdomar</translation>
        </message>
        <message>
            <source>Lesson text</source>
            <translation>Lärdomens text</translation>
        </message>
        <message>
            <source>&amp;Open in context</source>
            <translation>Ö&amp;ppna i sitt sammanhang</translation>
        </message>
        <message>
            <source>Open the lesson where it was learned</source>
            <translation>Öppna lärdomen där den lärdes</translation>
        </message>
        <message>
            <source>&amp;Write a lesson…</source>
            <translation>Skriv en &amp;lärdom…</translation>
        </message>
        <message>
            <source>Write a lesson</source>
            <translation>Skriv en lärdom</translation>
        </message>
        <message>
            <source>any date</source>
            <translation>alla datum</translation>
        </message>
        <message numerus="yes">
            <source>%n lesson(s) found</source>
            <translation>
                <numerusform>%n lärdom hittades</numerusform>
                <numerusform>%n lärdomar hittades</numerusform>
            </translation>
        </message>
        <message>
            <source>From the retrospective of iteration %1</source>
            <translation>Från retrospektiven för iteration %1</translation>
        </message>
        <message>
            <source>Written directly</source>
            <translation>Skriven direkt</translation>
        </message>
        <message>
            <source>Learned %1</source>
            <translation>Lärdes %1</translation>
        </message>
    </context>
    <context>
        <name>LessonsModel</name>
        <message>
            <source>Lesson</source>
            <translation>Lärdom</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Learned</source>
            <translation>Lärd</translation>
        </message>
    </context>
    <context>
        <name>LogicModelEditor</name>
        <message>
            <source>Logic model</source>
            <translation>Logikmodell</translation>
        </message>
        <message>
            <source>Impact at the top, activities at the bottom. Insert adds a node below the selected one, F2 renames, Delete deletes, Alt+Up and Alt+Down reorder.</source>
            <translation>Samhällseffekt överst, aktiviteter längst ner. Insert lägger till en nod under den valda, F2 byter namn, Delete tar bort, Alt+Upp och Alt+Ned ändrar ordning.</translation>
        </message>
        <message>
            <source>&amp;Logic model</source>
            <translation>&amp;Logikmodell</translation>
        </message>
        <message>
            <source>Title of the new node</source>
            <translation>Rubrik på den nya noden</translation>
        </message>
        <message>
            <source>Level of the new node</source>
            <translation>Nivå för den nya noden</translation>
        </message>
        <message>
            <source>&amp;Add node</source>
            <translation>Lägg &amp;till nod</translation>
        </message>
        <message>
            <source>Add node</source>
            <translation>Lägg till nod</translation>
        </message>
        <message>
            <source>&amp;Delete node</source>
            <translation>Ta &amp;bort nod</translation>
        </message>
        <message>
            <source>Delete node</source>
            <translation>Ta bort nod</translation>
        </message>
        <message>
            <source>Links up to</source>
            <translation>Leder till</translation>
        </message>
        <message>
            <source>Indicators measuring this node</source>
            <translation>Nyckeltal som mäter den här noden</translation>
        </message>
        <message>
            <source>Enter opens the chosen indicator on the Indicators page.</source>
            <translation>Enter öppnar det valda nyckeltalet på sidan Nyckeltal.</translation>
        </message>
        <message>
            <source>Methods used in this activity</source>
            <translation>Metoder som används i aktiviteten</translation>
        </message>
        <message>
            <source>Backlog items linked to this activity</source>
            <translation>Backloggposter kopplade till aktiviteten</translation>
        </message>
        <message>
            <source>Backlog item to link</source>
            <translation>Backloggpost att koppla</translation>
        </message>
        <message>
            <source>Lin&amp;k item</source>
            <translation>&amp;Koppla post</translation>
        </message>
        <message>
            <source>Link item</source>
            <translation>Koppla post</translation>
        </message>
        <message>
            <source>U&amp;nlink item</source>
            <translation>Ta bort k&amp;oppling</translation>
        </message>
        <message>
            <source>Unlink item</source>
            <translation>Ta bort koppling</translation>
        </message>
        <message>
            <source>Links &amp;up to</source>
            <translation>&amp;Leder till</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>&amp;Nyckeltal</translation>
        </message>
        <message>
            <source>&amp;Methods</source>
            <translation>&amp;Metoder</translation>
        </message>
        <message>
            <source>Linked i&amp;tems</source>
            <translation>Kopplade &amp;poster</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Nod</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Nyckeltal</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Poster</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Metoder</translation>
        </message>
        <message>
            <source>Backlog items linked to the activities under this node</source>
            <translation>Backloggposter kopplade till aktiviteterna under noden</translation>
        </message>
        <message>
            <source>No node chosen. Add the project's impact first, then outcomes, outputs and activities.</source>
            <translation>Ingen nod vald. Lägg först till projektets samhällseffekt, sedan effekter, prestationer och aktiviteter.</translation>
        </message>
        <message>
            <source>(not linked)</source>
            <translation>(inte kopplad)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(inga)</translation>
        </message>
        <message>
            <source>(none, through its activities)</source>
            <translation>(inga, via dess aktiviteter)</translation>
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
            <source>Planning</source>
            <translation>Planering</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Tavla</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagram</translation>
        </message>
        <message>
            <source>Retrospective</source>
            <translation>Retrospektiv</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
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
            <source>&amp;Import backlog…</source>
            <translation>&amp;Importera backlogg…</translation>
        </message>
        <message>
            <source>Bring in items from the template or a Jira, Trello or Taiga export</source>
            <translation>Hämta in poster från mallen eller en export från Jira, Trello eller Taiga</translation>
        </message>
        <message>
            <source>Save backlog as &amp;template…</source>
            <translation>Spara backlogg som &amp;mall…</translation>
        </message>
        <message>
            <source>An Excel file to fill in and import; holds the project's backlog</source>
            <translation>En Excelfil att fylla i och importera; innehåller projektets backlogg</translation>
        </message>
        <message>
            <source>&amp;Export review pack…</source>
            <translation>&amp;Exportera granskningspaket…</translation>
        </message>
        <message>
            <source>An Excel workbook of one iteration for the steering group</source>
            <translation>En Excel-arbetsbok om en iteration för styrgruppen</translation>
        </message>
        <message>
            <source>Export meeting pac&amp;k…</source>
            <translation>Exportera mötespa&amp;ket…</translation>
        </message>
        <message>
            <source>An Excel workbook for a steering meeting: agenda, the projects' latest reviews, open actions and the minutes</source>
            <translation>En Excel-arbetsbok för ett styrgruppsmöte: dagordning, projektens senaste granskningar, öppna åtgärder och protokollet</translation>
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
            <source>&amp;Restore from backup…</source>
            <translation>Åte&amp;rställ från säkerhetskopia…</translation>
        </message>
        <message>
            <source>Go back to one of the database's backups</source>
            <translation>Gå tillbaka till en av databasens säkerhetskopior</translation>
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
            <source>&amp;Planning</source>
            <translation>&amp;Planering</translation>
        </message>
        <message>
            <source>Boa&amp;rd</source>
            <translation>&amp;Tavla</translation>
        </message>
        <message>
            <source>Char&amp;ts</source>
            <translation>&amp;Diagram</translation>
        </message>
        <message>
            <source>Retrospecti&amp;ve</source>
            <translation>&amp;Retrospektiv</translation>
        </message>
        <message>
            <source>Lessons librar&amp;y…</source>
            <translation>&amp;Lärdomsbiblioteket…</translation>
        </message>
        <message>
            <source>Search the lessons of every project and locality</source>
            <translation>Sök bland alla projekts och orters lärdomar</translation>
        </message>
        <message>
            <source>Res&amp;ults</source>
            <translation>Res&amp;ultat</translation>
        </message>
        <message>
            <source>Bud&amp;get</source>
            <translation>Bud&amp;get</translation>
        </message>
        <message>
            <source>Method → re&amp;sult…</source>
            <translation>Met&amp;od → resultat…</translation>
        </message>
        <message>
            <source>Compare the results of the working methods across every project</source>
            <translation>Jämför arbetssättens resultat i alla projekt</translation>
        </message>
        <message>
            <source>Small-count thr&amp;eshold…</source>
            <translation>Gräns för små &amp;antal…</translation>
        </message>
        <message>
            <source>Below how many participants a count is shown as &lt;N</source>
            <translation>Under hur många deltagare ett antal visas som &lt;N</translation>
        </message>
        <message>
            <source>&amp;Meetings of the steering cluster</source>
            <translation>Styrgruppens &amp;möten</translation>
        </message>
        <message>
            <source>The steering cluster's meetings and meeting mode</source>
            <translation>Styrgruppsklustrets möten och mötesläget</translation>
        </message>
        <message>
            <source>&amp;Decision log</source>
            <translation>B&amp;eslutslogg</translation>
        </message>
        <message>
            <source>Every decision and action of every cluster and project</source>
            <translation>Alla beslut och åtgärder i alla kluster och projekt</translation>
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
            <source>Choose a steering cluster, or a project that has one</source>
            <translation>Välj ett styrgruppskluster eller ett projekt som har ett</translation>
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
        <message>
            <source>Method → result exported to %1</source>
            <translation>Metod → resultat exporterat till %1</translation>
        </message>
        <message>
            <source>Counts below %1 are now shown as &lt;%1</source>
            <translation>Antal under %1 visas nu som &lt;%1</translation>
        </message>
    </context>
    <context>
        <name>MeasurementModel</name>
        <message>
            <source>Iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Värde</translation>
        </message>
        <message>
            <source>Way to target</source>
            <translation>Väg mot målet</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <source>Whole cluster</source>
            <translation>Hela klustret</translation>
        </message>
        <message>
            <source>Item %1 of %2: %3, %4, %5</source>
            <translation>Punkt %1 av %2: %3, %4, %5</translation>
        </message>
        <message>
            <source>Decision %1</source>
            <translation>Beslut %1</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>klart senast %1</translation>
        </message>
        <message>
            <source>Iteration %1: %2</source>
            <translation>Iteration %1 – mål: %2</translation>
        </message>
        <message>
            <source>Completed %1 of %2 committed points</source>
            <translation>%1 av %2 utlovade poäng klara</translation>
        </message>
        <message>
            <source>Velocity, last iterations: %1</source>
            <translation>Hastighet, senaste iterationerna: %1</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Alternativ:</translation>
        </message>
        <message>
            <source>Recommendation: %1</source>
            <translation>Rekommendation: %1</translation>
        </message>
        <message>
            <source>Raised by %1 on %2</source>
            <translation>Väckt av %1 den %2</translation>
        </message>
        <message>
            <source>No actions are due.</source>
            <translation>Inga åtgärder ska vara klara.</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Försenad</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>Anteckningar: %1</translation>
        </message>
        <message>
            <source>Nothing more is written for this item. Type a decision or an action, or go on with Page Down.</source>
            <translation>Inget mer är skrivet om den här punkten. Skriv ett beslut eller en åtgärd, eller gå vidare med Page Down.</translation>
        </message>
    </context>
    <context>
        <name>MeetingModeWindow</name>
        <message>
            <source>Meeting mode</source>
            <translation>Mötesläge</translation>
        </message>
        <message>
            <source>Meeting mode – %1</source>
            <translation>Mötesläge – %1</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Möte</translation>
        </message>
        <message>
            <source>Position in the agenda</source>
            <translation>Plats i dagordningen</translation>
        </message>
        <message>
            <source>Leave meeting mode</source>
            <translation>Lämna mötesläget</translation>
        </message>
        <message>
            <source>&amp;Leave</source>
            <translation>&amp;Lämna</translation>
        </message>
        <message>
            <source>&amp;End meeting</source>
            <translation>A&amp;vsluta mötet</translation>
        </message>
        <message>
            <source>End the meeting and write the minutes</source>
            <translation>Avsluta mötet och skriv protokollet</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Dagordning</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>Typ av punkt</translation>
        </message>
        <message>
            <source>Current agenda item</source>
            <translation>Aktuell punkt på dagordningen</translation>
        </message>
        <message>
            <source>What the item is about</source>
            <translation>Vad punkten gäller</translation>
        </message>
        <message>
            <source>Decisions and actions of this meeting</source>
            <translation>Mötets beslut och åtgärder</translation>
        </message>
        <message>
            <source>Nothing recorded yet. Type a decision below and press Enter; it is saved at once.</source>
            <translation>Inget är antecknat ännu. Skriv ett beslut nedan och tryck Enter; det sparas direkt.</translation>
        </message>
        <message>
            <source>Decisions and actions</source>
            <translation>Beslut och åtgärder</translation>
        </message>
        <message>
            <source>Owner (Ctrl+O)</source>
            <translation>Ansvarig (Ctrl+O)</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Due (Ctrl+U)</source>
            <translation>Senast (Ctrl+U)</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>A date such as 2026-12-15, or +14 for 14 days from today, or +2w for two weeks</source>
            <translation>Ett datum som 2026-12-15, eller +14 för 14 dagar från i dag, eller +2v för två veckor</translation>
        </message>
        <message>
            <source>Last message</source>
            <translation>Senaste meddelandet</translation>
        </message>
        <message>
            <source>Enter saves · Ctrl+D decision · Ctrl+T action · Ctrl+M note · Ctrl+N new agenda item · Ctrl+O owner · Ctrl+U due date · Page Down marks the item dealt with and goes on · Page Up previous item · Ctrl+Shift+E ends the meeting · Esc leaves</source>
            <translation>Enter sparar · Ctrl+D beslut · Ctrl+T åtgärd · Ctrl+M anteckning · Ctrl+N ny punkt · Ctrl+O ansvarig · Ctrl+U klart senast · Page Down markerar punkten som behandlad och går vidare · Page Up föregående punkt · Ctrl+Shift+E avslutar mötet · Esc lämnar</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <translation>Punkt %1 av %2</translation>
        </message>
        <message>
            <source>No agenda items</source>
            <translation>Inga punkter på dagordningen</translation>
        </message>
        <message>
            <source>The agenda is empty</source>
            <translation>Dagordningen är tom</translation>
        </message>
        <message>
            <source>Decisions and actions can still be recorded.</source>
            <translation>Beslut och åtgärder kan ändå registreras.</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Beslut:</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>Type the decision and press Enter</source>
            <translation>Skriv beslutet och tryck Enter</translation>
        </message>
        <message>
            <source>Ac&amp;tion:</source>
            <translation>Åt&amp;gärd:</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Type the action and press Enter</source>
            <translation>Skriv åtgärden och tryck Enter</translation>
        </message>
        <message>
            <source>New &amp;item:</source>
            <translation>Ny &amp;punkt:</translation>
        </message>
        <message>
            <source>New agenda item</source>
            <translation>Ny punkt på dagordningen</translation>
        </message>
        <message>
            <source>An item to add at the end of the agenda; Enter adds it</source>
            <translation>En punkt som läggs sist på dagordningen; Enter lägger till den</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Anteckning:</translation>
        </message>
        <message>
            <source>Note for the minutes</source>
            <translation>Anteckning till protokollet</translation>
        </message>
        <message>
            <source>A note on this item for the minutes; Enter saves it</source>
            <translation>En anteckning om punkten till protokollet; Enter sparar</translation>
        </message>
        <message>
            <source>The due date was not understood: write 2026-12-15, +14 or +2w.</source>
            <translation>Datumet gick inte att tolka: skriv 2026-12-15, +14 eller +2v.</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Sparat: %1</translation>
        </message>
        <message>
            <source>Added as item %1</source>
            <translation>Tillagd som punkt %1</translation>
        </message>
        <message>
            <source>There is no agenda item to add a note to.</source>
            <translation>Det finns ingen punkt att anteckna på.</translation>
        </message>
        <message>
            <source>Note saved on item %1</source>
            <translation>Anteckningen sparad på punkt %1</translation>
        </message>
        <message>
            <source>Save the entry you are typing (Enter) or clear it first.</source>
            <translation>Spara det du skriver (Enter) eller töm fältet först.</translation>
        </message>
        <message>
            <source>End the meeting</source>
            <translation>Avsluta mötet</translation>
        </message>
        <message>
            <source>End the meeting and write the minutes? Items not dealt with move to the next meeting.</source>
            <translation>Avsluta mötet och skriva protokollet? Punkter som inte hanterats flyttas till nästa möte.</translation>
        </message>
        <message>
            <source>Minutes written</source>
            <translation>Protokollet är skrivet</translation>
        </message>
        <message>
            <source>The meeting is held and its minutes are saved. Decisions: %1; actions: %2; items moved to the next meeting: %3.</source>
            <translation>Mötet är hållet och protokollet sparat. Beslut: %1; åtgärder: %2; punkter flyttade till nästa möte: %3.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>&amp;Plan a meeting…</source>
            <translation>&amp;Planera ett möte…</translation>
        </message>
        <message>
            <source>&amp;Update the agenda</source>
            <translation>&amp;Uppdatera dagordningen</translation>
        </message>
        <message>
            <source>Add what is new: the projects' latest closed iterations, open decision requests and actions due</source>
            <translation>Lägg till det som är nytt: projektens senast avslutade iterationer, öppna beslutsärenden och åtgärder som ska vara klara</translation>
        </message>
        <message>
            <source>Start &amp;meeting mode (F5)</source>
            <translation>Starta &amp;mötesläget (F5)</translation>
        </message>
        <message>
            <source>Decision &amp;log (Ctrl+Shift+D)</source>
            <translation>Besluts&amp;logg (Ctrl+Shift+D)</translation>
        </message>
        <message>
            <source>&amp;Approve the minutes</source>
            <translation>&amp;Justera protokollet</translation>
        </message>
        <message>
            <source>A&amp;ttendance…</source>
            <translation>&amp;Närvaro…</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Möten</translation>
        </message>
        <message>
            <source>The chosen meeting</source>
            <translation>Det valda mötet</translation>
        </message>
        <message>
            <source>Agenda, decisions and actions</source>
            <translation>Dagordning, beslut och åtgärder</translation>
        </message>
        <message>
            <source>A&amp;genda:</source>
            <translation>&amp;Dagordning:</translation>
        </message>
        <message>
            <source>Agenda of the chosen meeting</source>
            <translation>Det valda mötets dagordning</translation>
        </message>
        <message>
            <source>Edit agenda &amp;item…</source>
            <translation>&amp;Redigera punkt…</translation>
        </message>
        <message>
            <source>&amp;Withdraw the decision request…</source>
            <translation>Åter&amp;kalla beslutsärendet…</translation>
        </message>
        <message>
            <source>Edit agenda &amp;item… (F2)</source>
            <translation>&amp;Redigera punkt… (F2)</translation>
        </message>
        <message>
            <source>Edit the chosen agenda item</source>
            <translation>Redigera den valda punkten på dagordningen</translation>
        </message>
        <message>
            <source>&amp;Withdraw request… (Del)</source>
            <translation>Åter&amp;kalla ärendet… (Del)</translation>
        </message>
        <message>
            <source>Withdraw the decision request of the chosen agenda item</source>
            <translation>Återkalla beslutsärendet i den valda punkten</translation>
        </message>
        <message>
            <source>The minutes are approved and are no longer changed.</source>
            <translation>Protokollet är justerat och ändras inte längre.</translation>
        </message>
        <message>
            <source>Agenda item commands</source>
            <translation>Kommandon för punkten</translation>
        </message>
        <message>
            <source>Meetings – %1</source>
            <translation>Möten – %1</translation>
        </message>
        <message>
            <source>(guest)</source>
            <translation>(gäst)</translation>
        </message>
        <message>
            <source>Present: %1</source>
            <translation>Närvarande: %1</translation>
        </message>
        <message>
            <source>Absent: %1</source>
            <translation>Frånvarande: %1</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <source>Decisions and actions</source>
            <translation>Beslut och åtgärder</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Inga registrerade.</translation>
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
        <name>MethodResults</name>
        <message>
            <source>⚠ Too few to conclude anything</source>
            <translation>⚠ För få för att dra slutsatser</translation>
        </message>
        <message>
            <source>▲ Better with the method</source>
            <translation>▲ Bättre med metoden</translation>
        </message>
        <message>
            <source>▼ Worse with the method</source>
            <translation>▼ Sämre med metoden</translation>
        </message>
        <message>
            <source>● No clear difference</source>
            <translation>● Ingen tydlig skillnad</translation>
        </message>
        <message>
            <source>iterations: %1 · projects: %2 · points: %3</source>
            <translation>iterationer: %1 · projekt: %2 · poäng: %3</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metod</translation>
        </message>
        <message>
            <source>Used in</source>
            <translation>Använd i</translation>
        </message>
        <message>
            <source>Main indicator</source>
            <translation>Huvudsakligt nyckeltal</translation>
        </message>
        <message>
            <source>(none linked)</source>
            <translation>(inget kopplat)</translation>
        </message>
        <message>
            <source>Improvement
with</source>
            <translation>Förbättring
med</translation>
        </message>
        <message>
            <source>Improvement
without</source>
            <translation>Förbättring
utan</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Skillnad</translation>
        </message>
        <message>
            <source>Ordinary
operations</source>
            <translation>Ordinarie
verksamhet</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Bedömning</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Nyckeltal</translation>
        </message>
        <message>
            <source>With the method
(iterations, projects)</source>
            <translation>Med metoden
(iterationer, projekt)</translation>
        </message>
        <message>
            <source>Without the method
(iterations, projects)</source>
            <translation>Utan metoden
(iterationer, projekt)</translation>
        </message>
        <message>
            <source>Mean level
with / without</source>
            <translation>Medelnivå
med / utan</translation>
        </message>
        <message>
            <source>Ordinary operations</source>
            <translation>Ordinarie verksamhet</translation>
        </message>
    </context>
    <context>
        <name>MethodResultsDialog</name>
        <message>
            <source>Method → result</source>
            <translation>Metod → resultat</translation>
        </message>
        <message>
            <source>For each method: the projects and iterations that worked with it (backlog items tagged with the method), the effort in points, and how the indicators linked to it in the logic models moved per iteration, with and without the method, next to ordinary operations. Improvement = how far an indicator moved towards its target since the project's previous measurement (negative: away from it).</source>
            <translation>För varje metod: de projekt och iterationer som arbetade med den (backloggposter märkta med metoden), insatsen i poäng och hur de nyckeltal som kopplats till den i logikmodellerna rörde sig per iteration, med och utan metoden, bredvid ordinarie verksamhet. Förbättring = hur långt ett nyckeltal rörde sig mot sitt mål sedan projektets förra mätning (negativt: bort från målet).</translation>
        </message>
        <message>
            <source>⚠ This shows association, not cause: projects differ in more than their methods. With fewer than %1 iterations in a group, or fewer than %2 projects using the method, the numbers are too few to conclude anything.</source>
            <translation>⚠ Det här visar samband, inte orsak: projekten skiljer sig åt i mer än sina metoder. Med färre än %1 iterationer i en grupp, eller färre än %2 projekt som använt metoden, är underlaget för litet för att dra några slutsatser.</translation>
        </message>
        <message>
            <source>Methods and their results</source>
            <translation>Metoder och deras resultat</translation>
        </message>
        <message>
            <source>&amp;Methods</source>
            <translation>&amp;Metoder</translation>
        </message>
        <message>
            <source>Where the method was used</source>
            <translation>Var metoden användes</translation>
        </message>
        <message>
            <source>Linked indicators</source>
            <translation>Kopplade nyckeltal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Exportera till Excel…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Exportera till Excel</translation>
        </message>
        <message>
            <source>%1 – iterations %2 (%3 points)</source>
            <translation>%1 – iteration %2 (%3 poäng)</translation>
        </message>
        <message>
            <source>and %1 more projects</source>
            <translation>och %1 projekt till</translation>
        </message>
        <message>
            <source>Iterations: %1 · projects: %2 · period %3. %4.</source>
            <translation>Iterationer: %1 · projekt: %2 · period %3. %4.</translation>
        </message>
        <message>
            <source>No backlog item in any iteration is tagged with this method yet.</source>
            <translation>Ingen backloggpost i någon iteration är märkt med den här metoden ännu.</translation>
        </message>
        <message>
            <source>⚠ No indicator is linked to this method: link the method to an activity in a project's logic model.</source>
            <translation>⚠ Inget nyckeltal är kopplat till metoden: koppla metoden till en aktivitet i ett projekts logikmodell.</translation>
        </message>
        <message>
            <source>⚠ Too few to conclude anything: the method was used in %1 iteration(s) of %2 project(s). Read the figures as a hint at most.</source>
            <translation>⚠ För få för att dra slutsatser: metoden användes i %1 iteration(er) i %2 projekt. Läs siffrorna som en fingervisning, inte mer.</translation>
        </message>
        <message>
            <source>Export method → result</source>
            <translation>Exportera metod → resultat</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-arbetsbok (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>NewIterationDialog</name>
        <message>
            <source>New iteration</source>
            <translation>Ny iteration</translation>
        </message>
        <message>
            <source>points</source>
            <translation>poäng</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <source>&amp;Goal</source>
            <translation>&amp;Mål</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;Slut</translation>
        </message>
        <message>
            <source>&amp;Capacity</source>
            <translation>&amp;Kapacitet</translation>
        </message>
        <message>
            <source>The capacity proposed is the average completed in the last three iterations.</source>
            <translation>Den föreslagna kapaciteten är genomsnittet av det som blev klart i de tre senaste iterationerna.</translation>
        </message>
        <message>
            <source>&amp;Plan iteration</source>
            <translation>&amp;Planera iterationen</translation>
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
            <source>&amp;Add the six starter indicators</source>
            <translation>&amp;Lägg till startuppsättningens sex nyckeltal</translation>
        </message>
        <message>
            <source>Add the starter indicators</source>
            <translation>Lägg till startuppsättningen av nyckeltal</translation>
        </message>
        <message>
            <source>Participants started and ended, share in work or studies at exit, share with increased work or study capacity, cost per participant, participant-rated satisfaction. Baselines and targets are set on the Results tab.</source>
            <translation>Deltagare som påbörjat och avslutat, andel i arbete eller studier vid avslut, andel med ökad arbets- eller studieförmåga, kostnad per deltagare och deltagarnas nöjdhet. Utgångsläge och mål sätts på fliken Resultat.</translation>
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
        <name>ParticipantImport</name>
        <message>
            <source>Period (quarter, month or date)</source>
            <translation>Period (kvartal, månad eller datum)</translation>
        </message>
        <message>
            <source>Period start</source>
            <translation>Periodens början</translation>
        </message>
        <message>
            <source>Period end</source>
            <translation>Periodens slut</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Kön</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Åldersgrupp</translation>
        </message>
        <message>
            <source>Participants started</source>
            <translation>Deltagare som påbörjat</translation>
        </message>
        <message>
            <source>Participants ended</source>
            <translation>Deltagare som avslutat</translation>
        </message>
        <message>
            <source>Ended to: %1</source>
            <translation>Avslutade till: %1</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Påbörjade</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Avslutade</translation>
        </message>
    </context>
    <context>
        <name>ParticipantImportDialog</name>
        <message>
            <source>Import participant figures</source>
            <translation>Importera deltagaruppgifter</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Fil att importera</translation>
        </message>
        <message>
            <source>A CSV or XLSX export with aggregated figures</source>
            <translation>En CSV- eller XLSX-export med sammanräknade uppgifter</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>Browse for the file</source>
            <translation>Bläddra efter filen</translation>
        </message>
        <message>
            <source>&amp;Read file</source>
            <translation>&amp;Läs filen</translation>
        </message>
        <message>
            <source>Read file</source>
            <translation>Läs filen</translation>
        </message>
        <message>
            <source>Source of the file</source>
            <translation>Filens källa</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;Källa</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Vilken kolumn innehåller vad</translation>
        </message>
        <message>
            <source>Rows that would be imported</source>
            <translation>Rader som skulle importeras</translation>
        </message>
        <message>
            <source>Problems found in the file</source>
            <translation>Problem i filen</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importera</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importera</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>&amp;Dry run: what would be imported</source>
            <translation>&amp;Provkörning: det här skulle importeras</translation>
        </message>
        <message>
            <source>Participant figures</source>
            <translation>Deltagaruppgifter</translation>
        </message>
        <message>
            <source>Exports (*.csv *.xlsx);;All files (*)</source>
            <translation>Exporter (*.csv *.xlsx);;Alla filer (*)</translation>
        </message>
        <message>
            <source>✖ Refused: the file holds a personal identity number in column %1, row %2. Only aggregated figures may be imported. Nothing was stored; remove the column and export again.</source>
            <translation>✖ Nekad: filen innehåller ett personnummer i kolumn %1, rad %2. Bara sammanräknade uppgifter får importeras. Inget har sparats; ta bort kolumnen och exportera på nytt.</translation>
        </message>
        <message>
            <source>✖ The file could not be read: %1</source>
            <translation>✖ Filen kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>The file has %1 rows and %2 columns. Check which column holds what.</source>
            <translation>Filen har %1 rader och %2 kolumner. Kontrollera vilken kolumn som innehåller vad.</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(finns inte i filen)</translation>
        </message>
        <message>
            <source>✔ Rows: %1 · periods: %2 · started: %3 · ended: %4. Nothing is stored until you choose Import; rows for the same period, gender and age band replace those stored, and Edit → Undo puts them back.</source>
            <translation>✔ Rader: %1 · perioder: %2 · påbörjade: %3 · avslutade: %4. Inget sparas förrän du väljer Importera; rader för samma period, kön och åldersgrupp ersätter de sparade, och Redigera → Ångra tar tillbaka dem.</translation>
        </message>
        <message>
            <source>✖ %1 problems: nothing can be imported until they are fixed in the file or the mapping.</source>
            <translation>✖ %1 problem: inget kan importeras förrän de är rättade i filen eller i kolumnvalen.</translation>
        </message>
        <message>
            <source>✖ Nothing was imported: %1</source>
            <translation>✖ Inget importerades: %1</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Started</source>
            <translation>Påbörjade</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Avslutade</translation>
        </message>
        <message>
            <source>%1: %2 years</source>
            <translation>%1: %2 år</translation>
        </message>
        <message>
            <source>Exit: %1</source>
            <translation>Avslut: %1</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Hidden so that a small count in the same breakdown cannot be worked out from the total</source>
            <translation>Dolt för att ett litet antal i samma fördelning inte ska kunna räknas fram ur summan</translation>
        </message>
        <message>
            <source>Participant figures per period</source>
            <translation>Deltagaruppgifter per period</translation>
        </message>
        <message>
            <source>&amp;Participants (aggregated, as reported to SUS)</source>
            <translation>&amp;Deltagare (sammanräknat, som i SUS)</translation>
        </message>
        <message>
            <source>Counts below %1 are shown as &lt;%1 so that no one can be recognised; they are stored as reported.</source>
            <translation>Antal under %1 visas som &lt;%1 så att ingen kan kännas igen; de sparas som de rapporterats.</translation>
        </message>
        <message>
            <source>%1: hidden so that a small count in the same breakdown cannot be worked out from the total.</source>
            <translation>%1: dolt för att ett litet antal i samma fördelning inte ska kunna räknas fram ur summan.</translation>
        </message>
        <message>
            <source>&amp;Import participant figures…</source>
            <translation>&amp;Importera deltagaruppgifter…</translation>
        </message>
        <message>
            <source>Import participant figures</source>
            <translation>Importera deltagaruppgifter</translation>
        </message>
    </context>
    <context>
        <name>PlanMeetingDialog</name>
        <message>
            <source>Plan a meeting</source>
            <translation>Planera ett möte</translation>
        </message>
        <message>
            <source>Names separated by commas</source>
            <translation>Namn åtskilda med kommatecken</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Tid:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Plats:</translation>
        </message>
        <message>
            <source>&amp;Guests:</source>
            <translation>&amp;Gäster:</translation>
        </message>
        <message>
            <source>The cluster's members are invited; the agenda is built from the projects.</source>
            <translation>Klustrets ledamöter bjuds in; dagordningen byggs från projekten.</translation>
        </message>
    </context>
    <context>
        <name>PlanningView</name>
        <message>
            <source>⚠ Over capacity: %1 of %2 points planned, %3 too many</source>
            <translation>⚠ Över kapaciteten: %1 av %2 poäng planerade, %3 för många</translation>
        </message>
        <message>
            <source>%1 of %2 points planned, %3 left</source>
            <translation>%1 av %2 poäng planerade, %3 kvar</translation>
        </message>
        <message>
            <source>Iteration planning</source>
            <translation>Iterationsplanering</translation>
        </message>
        <message>
            <source>&amp;Iteration:</source>
            <translation>&amp;Iteration:</translation>
        </message>
        <message>
            <source>Iteration to plan</source>
            <translation>Iteration att planera</translation>
        </message>
        <message>
            <source>&amp;New iteration…</source>
            <translation>&amp;Ny iteration…</translation>
        </message>
        <message>
            <source>&amp;Start iteration</source>
            <translation>&amp;Starta iterationen</translation>
        </message>
        <message>
            <source>Clos&amp;e iteration…</source>
            <translation>&amp;Avsluta iterationen…</translation>
        </message>
        <message>
            <source>Iteration details</source>
            <translation>Om iterationen</translation>
        </message>
        <message>
            <source>Capacity used</source>
            <translation>Använd kapacitet</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapacitet</translation>
        </message>
        <message>
            <source>Unplanned backlog items</source>
            <translation>Oplanerade backloggposter</translation>
        </message>
        <message>
            <source>Items in the iteration</source>
            <translation>Poster i iterationen</translation>
        </message>
        <message>
            <source>&amp;Plan →</source>
            <translation>&amp;Planera →</translation>
        </message>
        <message>
            <source>← &amp;Unplan</source>
            <translation>← Ta &amp;ur</translation>
        </message>
        <message>
            <source>In the i&amp;teration</source>
            <translation>I i&amp;terationen</translation>
        </message>
        <message>
            <source>Move the selected items into the iteration</source>
            <translation>Flytta de markerade posterna till iterationen</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Höger</translation>
        </message>
        <message>
            <source>Move the selected items back to the backlog</source>
            <translation>Flytta de markerade posterna tillbaka till backloggen</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Vänster</translation>
        </message>
        <message>
            <source>&amp;Backlog (not planned)</source>
            <translation>&amp;Backlogg (inte planerad)</translation>
        </message>
        <message>
            <source>Plan the selected items</source>
            <translation>Planera de markerade posterna</translation>
        </message>
        <message>
            <source>Unplan the selected items</source>
            <translation>Ta ur de markerade posterna</translation>
        </message>
        <message>
            <source>No planned or active iteration. Plan the next one with “New iteration”.</source>
            <translation>Ingen planerad eller aktiv iteration. Planera nästa med ”Ny iteration”.</translation>
        </message>
        <message>
            <source>no goal set</source>
            <translation>inget mål satt</translation>
        </message>
        <message>
            <source>Goal: %1</source>
            <translation>Mål: %1</translation>
        </message>
        <message>
            <source>Plan a new iteration</source>
            <translation>Planera en ny iteration</translation>
        </message>
        <message>
            <source>Start %1</source>
            <translation>Starta %1</translation>
        </message>
        <message>
            <source>Close %1</source>
            <translation>Avsluta %1</translation>
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
            <source>Open decisions and actions</source>
            <translation>Öppna beslut och åtgärder</translation>
        </message>
        <message>
            <source>&amp;Raise a decision request…</source>
            <translation>Nytt &amp;beslutsärende…</translation>
        </message>
        <message>
            <source>Raise a decision request to the steering group</source>
            <translation>Lyft ett beslutsärende till styrgruppen</translation>
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
        <message>
            <source>due %1</source>
            <translation>klart senast %1</translation>
        </message>
        <message>
            <source>No open decisions from the steering group.</source>
            <translation>Inga öppna beslut från styrgruppen.</translation>
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
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Återställ från säkerhetskopia</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. The current content of %1 is backed up first, so a restore can itself be undone by restoring that copy.</source>
            <translation>Välj den säkerhetskopia du vill gå tillbaka till. Det nuvarande innehållet i %1 säkerhetskopieras först, så att en återställning i sin tur kan ångras genom att den kopian återställs.</translation>
        </message>
        <message>
            <source>&amp;Backups</source>
            <translation>&amp;Säkerhetskopior</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Säkerhetskopior</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a backup and Enter to restore it.</source>
            <translation>Välj en säkerhetskopia med piltangenterna och återställ den med Enter.</translation>
        </message>
        <message>
            <source>There are no backups of this database yet.</source>
            <translation>Det finns ännu inga säkerhetskopior av den här databasen.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>Åt&amp;erställ</translation>
        </message>
        <message>
            <source>Restore the chosen backup</source>
            <translation>Återställ den valda säkerhetskopian</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>Results</name>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Prestation</translation>
        </message>
        <message>
            <source>Short-term outcome</source>
            <translation>Kortsiktig effekt</translation>
        </message>
        <message>
            <source>Long-term outcome</source>
            <translation>Långsiktig effekt</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Samhällseffekt</translation>
        </message>
        <message>
            <source>✔ Target met</source>
            <translation>✔ Målet nått</translation>
        </message>
        <message>
            <source>▲ On track</source>
            <translation>▲ I fas</translation>
        </message>
        <message>
            <source>● At risk</source>
            <translation>● I riskzonen</translation>
        </message>
        <message>
            <source>▼ Off track</source>
            <translation>▼ Efter plan</translation>
        </message>
        <message>
            <source>– No value yet</source>
            <translation>– Inget värde ännu</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>högre är bättre</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>lägre är bättre</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>External services</source>
            <translation>Externa tjänster</translation>
        </message>
        <message>
            <source>Premises</source>
            <translation>Lokaler</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Resor</translation>
        </message>
        <message>
            <source>Participant costs</source>
            <translation>Deltagarkostnader</translation>
        </message>
        <message>
            <source>Other costs</source>
            <translation>Övriga kostnader</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Kvinnor</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Män</translation>
        </message>
        <message>
            <source>Other or not stated</source>
            <translation>Annat eller ej angivet</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Arbete</translation>
        </message>
        <message>
            <source>Studies</source>
            <translation>Studier</translation>
        </message>
        <message>
            <source>Job seeking</source>
            <translation>Arbetssökande</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annat</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Okänt</translation>
        </message>
        <message>
            <source>%1 SEK</source>
            <translation>%1 kr</translation>
        </message>
        <message>
            <source>%1 pp</source>
            <translation>%1 %-enh.</translation>
        </message>
    </context>
    <context>
        <name>ResultsEditor</name>
        <message>
            <source>Add indicator “%1”</source>
            <translation>Lägg till nyckeltalet ”%1”</translation>
        </message>
        <message>
            <source>Add the starter indicators</source>
            <translation>Lägg till startuppsättningen av nyckeltal</translation>
        </message>
        <message>
            <source>Edit indicator “%1”</source>
            <translation>Ändra nyckeltalet ”%1”</translation>
        </message>
        <message>
            <source>Delete indicator “%1”</source>
            <translation>Ta bort nyckeltalet ”%1”</translation>
        </message>
        <message>
            <source>Record value %1</source>
            <translation>Registrera värdet %1</translation>
        </message>
        <message>
            <source>Add reference value</source>
            <translation>Lägg till jämförelsevärde</translation>
        </message>
        <message>
            <source>Add node “%1”</source>
            <translation>Lägg till noden ”%1”</translation>
        </message>
        <message>
            <source>Delete node “%1”</source>
            <translation>Ta bort noden ”%1”</translation>
        </message>
        <message>
            <source>Rename node “%1”</source>
            <translation>Byt namn på noden till ”%1”</translation>
        </message>
        <message>
            <source>Link node “%1”</source>
            <translation>Koppla noden ”%1”</translation>
        </message>
        <message>
            <source>Move node “%1”</source>
            <translation>Flytta noden ”%1”</translation>
        </message>
        <message>
            <source>Tick method on “%1”</source>
            <translation>Markera metod på ”%1”</translation>
        </message>
        <message>
            <source>Untick method on “%1”</source>
            <translation>Avmarkera metod på ”%1”</translation>
        </message>
        <message>
            <source>Link item to “%1”</source>
            <translation>Koppla punkt till ”%1”</translation>
        </message>
        <message>
            <source>Unlink item from “%1”</source>
            <translation>Koppla bort punkt från ”%1”</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Budgetrad</translation>
        </message>
        <message>
            <source>Import participant figures from %1</source>
            <translation>Importera deltagaruppgifter från %1</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Results pages</source>
            <translation>Resultatsidor</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Nyckeltal</translation>
        </message>
        <message>
            <source>Logic model</source>
            <translation>Logikmodell</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Delete this node of the logic model? Nodes linked to it lose their link and its indicators their node; the indicators are kept. Edit → Undo brings it all back.</source>
            <translation>Ta bort den här noden i logikmodellen? Noder som är kopplade till den förlorar sin koppling och dess nyckeltal sin nod; nyckeltalen behålls. Redigera → Ångra tar tillbaka allt.</translation>
        </message>
        <message>
            <source>Baseline and target of “%1”</source>
            <translation>Utgångsläge och mål för ”%1”</translation>
        </message>
        <message numerus="yes">
            <source>Delete the indicator “%1” with its %n value(s)? Edit → Undo brings it back.</source>
            <translation>
                <numerusform>Ta bort nyckeltalet ”%1” med dess %n värde? Redigera → Ångra tar tillbaka det.</numerusform>
                <numerusform>Ta bort nyckeltalet ”%1” med dess %n värden? Redigera → Ångra tar tillbaka det.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete indicator</source>
            <translation>Ta bort nyckeltal</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n row(s) of participant figures. Undo with %1.</source>
            <translation>
                <numerusform>Importerade %n rad med deltagaruppgifter. Ångra med %1.</numerusform>
                <numerusform>Importerade %n rader med deltagaruppgifter. Ångra med %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Retro</name>
        <message>
            <source>▣ Group: %1</source>
            <translation>▣ Grupp: %1</translation>
        </message>
        <message>
            <source>★ Lesson</source>
            <translation>★ Lärdom</translation>
        </message>
        <message>
            <source>→ In the backlog</source>
            <translation>→ I backloggen</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Backlog</source>
            <translation>Backlogg</translation>
        </message>
        <message>
            <source>Did we do it?</source>
            <translation>Gjorde vi det?</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>Lappar: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n lapp</numerusform>
                <numerusform>%n lappar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n röst</numerusform>
                <numerusform>%n röster</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Lapp</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Ny lapp</translation>
        </message>
        <message>
            <source>Type a note, then Enter</source>
            <translation>Skriv en lapp, sedan Enter</translation>
        </message>
        <message>
            <source>Type a note and press Enter; Up and Down change the column</source>
            <translation>Skriv en lapp och tryck Enter; Upp och Ned byter kolumn</translation>
        </message>
        <message>
            <source>in colu&amp;mn</source>
            <translation>i kol&amp;umn</translation>
        </message>
        <message>
            <source>Column of the new note</source>
            <translation>Kolumn för den nya lappen</translation>
        </message>
        <message>
            <source>Initials of who wrote it (optional)</source>
            <translation>Initialer för den som skrev den (valfritt)</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initialer</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Lägg till lapp</translation>
        </message>
        <message>
            <source>Chosen note</source>
            <translation>Vald lapp</translation>
        </message>
        <message>
            <source>Choose a note in a column.</source>
            <translation>Välj en lapp i en kolumn.</translation>
        </message>
        <message>
            <source>+ Vote (+)</source>
            <translation>+ Rösta (+)</translation>
        </message>
        <message>
            <source>Vote for the note</source>
            <translation>Rösta på lappen</translation>
        </message>
        <message>
            <source>− Take back (−)</source>
            <translation>− Ta tillbaka (−)</translation>
        </message>
        <message>
            <source>Take back a vote</source>
            <translation>Ta tillbaka en röst</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Grupp</translation>
        </message>
        <message>
            <source>Group name for the chosen notes</source>
            <translation>Gruppnamn för de valda lapparna</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>Gruppens namn</translation>
        </message>
        <message>
            <source>Type a name and press Enter to group the chosen notes</source>
            <translation>Skriv ett namn och tryck Enter för att gruppera de valda lapparna</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppera</translation>
        </message>
        <message>
            <source>Group the chosen notes</source>
            <translation>Gruppera de valda lapparna</translation>
        </message>
        <message>
            <source>Owner of the action</source>
            <translation>Ansvarig för åtgärden</translation>
        </message>
        <message>
            <source>O&amp;wner</source>
            <translation>A&amp;nsvarig</translation>
        </message>
        <message>
            <source>Action due by</source>
            <translation>Åtgärden klar senast</translation>
        </message>
        <message>
            <source>Due &amp;by</source>
            <translation>Klart s&amp;enast</translation>
        </message>
        <message>
            <source>Make an &amp;action</source>
            <translation>Gör till &amp;åtgärd</translation>
        </message>
        <message>
            <source>Make the note an action</source>
            <translation>Gör lappen till en åtgärd</translation>
        </message>
        <message>
            <source>Lesson tags, separated by commas</source>
            <translation>Taggar för lärdomen, skilda med kommatecken</translation>
        </message>
        <message>
            <source>Tags, e.g. samverkan, unga</source>
            <translation>Taggar, t.ex. samverkan, unga</translation>
        </message>
        <message>
            <source>★ Flag as &amp;lesson</source>
            <translation>★ Spara som l&amp;ärdom</translation>
        </message>
        <message>
            <source>Flag the note as a lesson</source>
            <translation>Spara lappen som en lärdom</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) chosen</source>
            <translation>
                <numerusform>%n lapp vald</numerusform>
                <numerusform>%n lappar valda</numerusform>
            </translation>
        </message>
        <message>
            <source>Start, stop, continue</source>
            <translation>Börja, sluta, fortsätt</translation>
        </message>
        <message>
            <source>Went well, to improve, ideas</source>
            <translation>Gick bra, förbättra, idéer</translation>
        </message>
        <message>
            <source>4L: liked, learned, lacked, longed for</source>
            <translation>4L: gillade, lärde oss, saknade, längtade efter</translation>
        </message>
        <message>
            <source>Sailboat: wind, anchors, rocks, island</source>
            <translation>Segelbåten: vind, ankare, grund, ön</translation>
        </message>
        <message>
            <source>4L</source>
            <translation>4L</translation>
        </message>
        <message>
            <source>Sailboat</source>
            <translation>Segelbåten</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Börja</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Sluta</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <source>Went well</source>
            <translation>Gick bra</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>Förbättra</translation>
        </message>
        <message>
            <source>Ideas</source>
            <translation>Idéer</translation>
        </message>
        <message>
            <source>Liked</source>
            <translation>Gillade</translation>
        </message>
        <message>
            <source>Learned</source>
            <translation>Lärde oss</translation>
        </message>
        <message>
            <source>Lacked</source>
            <translation>Saknade</translation>
        </message>
        <message>
            <source>Longed for</source>
            <translation>Längtade efter</translation>
        </message>
        <message>
            <source>Wind (what pushes us on)</source>
            <translation>Vind (det som driver oss framåt)</translation>
        </message>
        <message>
            <source>Anchors (what holds us back)</source>
            <translation>Ankare (det som håller oss tillbaka)</translation>
        </message>
        <message>
            <source>Rocks (risks ahead)</source>
            <translation>Grund (risker framför oss)</translation>
        </message>
        <message>
            <source>Island (our goal)</source>
            <translation>Ön (vårt mål)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppen</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <source>✓ Done</source>
            <translation>✓ Klar</translation>
        </message>
        <message>
            <source>✗ Dropped</source>
            <translation>✗ Struken</translation>
        </message>
        <message>
            <source>→ Carried forward</source>
            <translation>→ Förd vidare</translation>
        </message>
        <message>
            <source>? Not decided yet</source>
            <translation>? Inte beslutat än</translation>
        </message>
        <message>
            <source>no</source>
            <translation>inga</translation>
        </message>
        <message>
            <source>one</source>
            <translation>en</translation>
        </message>
        <message>
            <source>two</source>
            <translation>två</translation>
        </message>
        <message>
            <source>three</source>
            <translation>tre</translation>
        </message>
        <message>
            <source>four</source>
            <translation>fyra</translation>
        </message>
        <message>
            <source>five</source>
            <translation>fem</translation>
        </message>
        <message>
            <source>six</source>
            <translation>sex</translation>
        </message>
        <message>
            <source>seven</source>
            <translation>sju</translation>
        </message>
        <message>
            <source>eight</source>
            <translation>åtta</translation>
        </message>
        <message>
            <source>nine</source>
            <translation>nio</translation>
        </message>
        <message>
            <source>ten</source>
            <translation>tio</translation>
        </message>
        <message>
            <source>Type your initials to vote (%1 votes each).</source>
            <translation>Skriv dina initialer för att rösta (%1 röster var).</translation>
        </message>
        <message>
            <source>%1 has used all %2 votes.</source>
            <translation>%1 har använt alla %2 röster.</translation>
        </message>
        <message>
            <source>%1 has %2 of %3 votes left.</source>
            <translation>%1 har %2 av %3 röster kvar.</translation>
        </message>
        <message numerus="yes">
            <source>%1 %n vote(s)</source>
            <translation>
                <numerusform>%1 %n röst</numerusform>
                <numerusform>%1 %n röster</numerusform>
            </translation>
        </message>
        <message>
            <source>All your votes are used; take one back from another note first.</source>
            <translation>Alla dina röster är använda; ta först tillbaka en från en annan lapp.</translation>
        </message>
        <message>
            <source>There is no next iteration yet: plan it first, the action goes into its backlog.</source>
            <translation>Det finns ingen nästa iteration än: planera den först, åtgärden hamnar i dess backlogg.</translation>
        </message>
        <message>
            <source>The action is already a backlog item.</source>
            <translation>Åtgärden är redan en post i backloggen.</translation>
        </message>
        <message>
            <source>The note is already a lesson.</source>
            <translation>Lappen är redan en lärdom.</translation>
        </message>
        <message>
            <source>The action is already carried forward.</source>
            <translation>Åtgärden är redan förd vidare.</translation>
        </message>
        <message>
            <source>This iteration already has a retrospective.</source>
            <translation>Iterationen har redan en retrospektiv.</translation>
        </message>
        <message>
            <source>Did we do what we said? Last time's actions</source>
            <translation>Gjorde vi det vi sa? Förra gångens åtgärder</translation>
        </message>
        <message>
            <source>Last time's actions</source>
            <translation>Förra gångens åtgärder</translation>
        </message>
        <message>
            <source>D marks the action done, C carries it forward, X drops it with the reason typed below.</source>
            <translation>D markerar åtgärden som klar, C för den vidare, X stryker den med motiveringen som skrivs nedanför.</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Motivering</translation>
        </message>
        <message>
            <source>Reason or comment</source>
            <translation>Motivering eller kommentar</translation>
        </message>
        <message>
            <source>Why it was dropped, or what came of it (needed to drop)</source>
            <translation>Varför den stryks, eller vad den ledde till (krävs för att stryka)</translation>
        </message>
        <message>
            <source>✓ &amp;Done (D)</source>
            <translation>✓ &amp;Klar (D)</translation>
        </message>
        <message>
            <source>→ Carr&amp;y forward (C)</source>
            <translation>→ F&amp;ör vidare (C)</translation>
        </message>
        <message>
            <source>✗ Dro&amp;p (X)</source>
            <translation>✗ Str&amp;yk (X)</translation>
        </message>
        <message>
            <source>The retrospective before this one agreed on no actions.</source>
            <translation>Retrospektiven före den här beslutade inga åtgärder.</translation>
        </message>
        <message numerus="yes">
            <source>All %n action(s) from last time are followed up.</source>
            <translation>
                <numerusform>Förra gångens %n åtgärd är uppföljd.</numerusform>
                <numerusform>Alla %n åtgärder från förra gången är uppföljda.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n action(s) from last time followed up. Choose one and press D (done), C (carry forward) or X (drop, with a reason).</source>
            <translation>
                <numerusform>%1 av %n åtgärd från förra gången är uppföljd. Välj den och tryck D (klar), C (för vidare) eller X (stryk, med motivering).</numerusform>
                <numerusform>%1 av %n åtgärder från förra gången är uppföljda. Välj en och tryck D (klar), C (för vidare) eller X (stryk, med motivering).</numerusform>
            </translation>
        </message>
        <message>
            <source>Say why the action is dropped: type the reason, then press Drop again.</source>
            <translation>Säg varför åtgärden stryks: skriv motiveringen och tryck sedan Stryk igen.</translation>
        </message>
    </context>
    <context>
        <name>RetroEditor</name>
        <message>
            <source>Start the retrospective</source>
            <translation>Starta retrospektiven</translation>
        </message>
        <message>
            <source>Add note “%1”</source>
            <translation>Lägg till lappen ”%1”</translation>
        </message>
        <message>
            <source>Delete note “%1”</source>
            <translation>Ta bort lappen ”%1”</translation>
        </message>
        <message>
            <source>Move note “%1”</source>
            <translation>Flytta lappen ”%1”</translation>
        </message>
        <message>
            <source>Vote (%1)</source>
            <translation>Rösta (%1)</translation>
        </message>
        <message>
            <source>Take back a vote (%1)</source>
            <translation>Ta tillbaka en röst (%1)</translation>
        </message>
        <message numerus="yes">
            <source>Group %n note(s)</source>
            <translation>
                <numerusform>Gruppera %n lapp</numerusform>
                <numerusform>Gruppera %n lappar</numerusform>
            </translation>
        </message>
        <message>
            <source>Make an action of “%1”</source>
            <translation>Gör en åtgärd av ”%1”</translation>
        </message>
        <message>
            <source>Flag “%1” as a lesson</source>
            <translation>Spara ”%1” som lärdom</translation>
        </message>
    </context>
    <context>
        <name>RetrospectiveView</name>
        <message>
            <source>Retrospective</source>
            <translation>Retrospektiv</translation>
        </message>
        <message>
            <source>&amp;Iteration</source>
            <translation>&amp;Iteration</translation>
        </message>
        <message>
            <source>Iteration of the retrospective</source>
            <translation>Retrospektivens iteration</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>F&amp;ormat</translation>
        </message>
        <message>
            <source>Format of the retrospective</source>
            <translation>Retrospektivens format</translation>
        </message>
        <message>
            <source>Fa&amp;cilitator</source>
            <translation>Samtalsle&amp;dare</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Samtalsledare</translation>
        </message>
        <message>
            <source>Vote b&amp;udget</source>
            <translation>Röster &amp;per person</translation>
        </message>
        <message>
            <source>Votes per person</source>
            <translation>Röster per person</translation>
        </message>
        <message>
            <source>&amp;Start retrospective</source>
            <translation>&amp;Starta retrospektiven</translation>
        </message>
        <message>
            <source>Start the retrospective</source>
            <translation>Starta retrospektiven</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Tavla</translation>
        </message>
        <message>
            <source>Vo&amp;ter</source>
            <translation>Rös&amp;tare</translation>
        </message>
        <message>
            <source>Initials of who is voting</source>
            <translation>Initialer för den som röstar</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initialer</translation>
        </message>
        <message>
            <source>Keep groups together</source>
            <translation>Håll ihop grupper</translation>
        </message>
        <message>
            <source>Sorted by votes. In a column: + and − vote, Left/Right move between columns, Ctrl+Left/Right move the note.</source>
            <translation>Sorterat efter röster. I en kolumn: + och − röstar, Vänster/Höger byter kolumn, Ctrl+Vänster/Höger flyttar lappen.</translation>
        </message>
        <message>
            <source>This time's actions</source>
            <translation>Den här gångens åtgärder</translation>
        </message>
        <message>
            <source>Put in the next
iteration's bac&amp;klog</source>
            <translation>Lägg i nästa
iterations &amp;backlogg</translation>
        </message>
        <message>
            <source>Put the action in the next iteration's backlog</source>
            <translation>Lägg åtgärden i nästa iterations backlogg</translation>
        </message>
        <message>
            <source>retrospective</source>
            <translation>retrospektiv</translation>
        </message>
        <message>
            <source>Retrospective of %1</source>
            <translation>Retrospektiv för %1</translation>
        </message>
        <message>
            <source>facilitated by %1</source>
            <translation>samtalsledare %1</translation>
        </message>
        <message>
            <source>The project has no iterations yet.</source>
            <translation>Projektet har inga iterationer än.</translation>
        </message>
        <message>
            <source>Plan an iteration first; each iteration ends with a retrospective.</source>
            <translation>Planera en iteration först; varje iteration avslutas med en retrospektiv.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>No retrospective yet for %1. Choose a format (it decides the columns) and press Start retrospective. It opens with last time's actions: did we do what we said?</source>
            <translation>Ingen retrospektiv än för %1. Välj ett format (det bestämmer kolumnerna) och tryck Starta retrospektiven. Den börjar med förra gångens åtgärder: gjorde vi det vi sa?</translation>
        </message>
        <message>
            <source>Retrospective started.</source>
            <translation>Retrospektiven har startat.</translation>
        </message>
        <message>
            <source>Type your initials in Voter first; each person has their own votes.</source>
            <translation>Skriv först dina initialer under Röstare; var och en har sina egna röster.</translation>
        </message>
        <message>
            <source>Notes grouped.</source>
            <translation>Lapparna är grupperade.</translation>
        </message>
        <message>
            <source>Notes ungrouped.</source>
            <translation>Lapparna är inte längre grupperade.</translation>
        </message>
        <message>
            <source>Action added; put it in the next iteration's backlog below.</source>
            <translation>Åtgärden är tillagd; lägg den i nästa iterations backlogg nedanför.</translation>
        </message>
        <message>
            <source>Choose an action first.</source>
            <translation>Välj en åtgärd först.</translation>
        </message>
        <message>
            <source>The action is now a backlog item in the next iteration.</source>
            <translation>Åtgärden är nu en post i nästa iterations backlogg.</translation>
        </message>
        <message>
            <source>Saved in the lessons library: %1</source>
            <translation>Sparad i lärdomsbiblioteket: %1</translation>
        </message>
    </context>
    <context>
        <name>Steering</name>
        <message>
            <source>Planned</source>
            <translation>Planerat</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Hållet</translation>
        </message>
        <message>
            <source>Minutes approved</source>
            <translation>Protokollet justerat</translation>
        </message>
        <message>
            <source>Iteration review</source>
            <translation>Iterationsgenomgång</translation>
        </message>
        <message>
            <source>Decision request</source>
            <translation>Beslutsärende</translation>
        </message>
        <message>
            <source>Follow-up of actions</source>
            <translation>Uppföljning av åtgärder</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Not yet dealt with</source>
            <translation>Inte hanterad än</translation>
        </message>
        <message>
            <source>Dealt with</source>
            <translation>Hanterad</translation>
        </message>
        <message>
            <source>Moved to the next meeting</source>
            <translation>Flyttad till nästa möte</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Godkännande</translation>
        </message>
        <message>
            <source>Change of scope</source>
            <translation>Ändrad omfattning</translation>
        </message>
        <message>
            <source>Reprioritise</source>
            <translation>Omprioritering</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Stop or pause</source>
            <translation>Stopp eller paus</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>Eskalering</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Föreslaget</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Beslutat</translation>
        </message>
        <message>
            <source>Being carried out</source>
            <translation>Genomförs</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Genomfört</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Avslaget</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Ersatt</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppen</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Vilande</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Möte</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>Retrospective</source>
            <translation>Retrospektiv</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Försenad</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Dags för uppföljning</translation>
        </message>
    </context>
    <context>
        <name>SteeringEdits</name>
        <message>
            <source>Who changed what, and when, is kept in the history.</source>
            <translation>Vem som ändrade vad, och när, sparas i historiken.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
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
            <source>Throw away what you have changed?</source>
            <translation>Kasta bort det du har ändrat?</translation>
        </message>
        <message>
            <source>&amp;Throw away</source>
            <translation>&amp;Kasta bort</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Fortsätt redigera</translation>
        </message>
        <message>
            <source>Throw away the changes</source>
            <translation>Kasta bort ändringarna</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Fortsätt redigera</translation>
        </message>
        <message>
            <source>Problem with %1</source>
            <translation>Problem med %1</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Redigera åtgärd</translation>
        </message>
        <message>
            <source>Who sees to it</source>
            <translation>Vem som ser till att det blir gjort</translation>
        </message>
        <message>
            <source>&amp;No due date</source>
            <translation>I&amp;nget slutdatum</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>Inget slutdatum</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>Åt&amp;gärd:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Ansvarig:</translation>
        </message>
        <message>
            <source>&amp;Due date:</source>
            <translation>&amp;Klart senast:</translation>
        </message>
        <message>
            <source>Edit agenda item</source>
            <translation>Redigera punkt på dagordningen</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Rubrik:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Underlag:</translation>
        </message>
        <message>
            <source>N&amp;otes for the minutes:</source>
            <translation>&amp;Anteckningar till protokollet:</translation>
        </message>
        <message>
            <source>Withdraw decision request</source>
            <translation>Återkalla beslutsärende</translation>
        </message>
        <message>
            <source>Withdraw the decision request “%1”?</source>
            <translation>Återkalla beslutsärendet ”%1”?</translation>
        </message>
        <message>
            <source>It leaves the open requests and the agendas of meetings not yet held. The withdrawal is kept in the history.</source>
            <translation>Det försvinner från de öppna ärendena och från dagordningarna för möten som inte har hållits än. Återkallandet sparas i historiken.</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Återkalla</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Behåll</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Återkalla</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behåll</translation>
        </message>
    </context>
    <context>
        <name>SteeringScreens</name>
        <message>
            <source>The decision request is on the next meeting's agenda</source>
            <translation>Beslutsärendet ligger på nästa mötes dagordning</translation>
        </message>
        <message>
            <source>The decision request is withdrawn</source>
            <translation>Beslutsärendet är återkallat</translation>
        </message>
        <message>
            <source>New backlog item</source>
            <translation>Ny backloggpost</translation>
        </message>
        <message>
            <source>Title of the new item; it goes to the top of the project's backlog, linked to %1:</source>
            <translation>Rubrik på den nya posten; den hamnar överst i projektets backlogg, kopplad till %1:</translation>
        </message>
        <message>
            <source>Steering</source>
            <translation>Styrning</translation>
        </message>
    </context>
    <context>
        <name>SteeringTables</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Läge</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Beslutat</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Attention</source>
            <translation>Observera</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Whole cluster</source>
            <translation>Hela klustret</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Kluster</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>av %1</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
    </context>
    <context>
        <name>SteeringWords</name>
        <message>
            <source>title</source>
            <translation>rubrik</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>details</source>
            <translation>beskrivning</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>anteckningar</translation>
        </message>
        <message>
            <source>rationale</source>
            <translation>motivering</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>ansvarig</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>klart senast</translation>
        </message>
        <message>
            <source>review date</source>
            <translation>uppföljningsdatum</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>state</source>
            <translation>läge</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>typ</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>utfall</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>protokoll</translation>
        </message>
        <message>
            <source>place</source>
            <translation>plats</translation>
        </message>
        <message>
            <source>date</source>
            <translation>datum</translation>
        </message>
        <message>
            <source>start time</source>
            <translation>starttid</translation>
        </message>
        <message>
            <source>project</source>
            <translation>projekt</translation>
        </message>
        <message>
            <source>backlog item</source>
            <translation>backlogpost</translation>
        </message>
    </context>
    <context>
        <name>SupersedeDialog</name>
        <message>
            <source>Supersede %1</source>
            <translation>Ersätt %1</translation>
        </message>
        <message>
            <source>New &amp;decision:</source>
            <translation>Nytt &amp;beslut:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>&amp;Motivering:</translation>
        </message>
        <message>
            <source>%1 will be marked superseded by the new decision.</source>
            <translation>%1 markeras som ersatt av det nya beslutet.</translation>
        </message>
    </context>
    <context>
        <name>ThresholdDialog</name>
        <message>
            <source>Small-count threshold</source>
            <translation>Gräns för små antal</translation>
        </message>
        <message>
            <source>Participant counts below the threshold are shown as “&lt;N” on the participants page and in every exported workbook, so that no one can be recognised from a small group. The figures are still stored as reported. The default is 5.</source>
            <translation>Antal deltagare under gränsen visas som ”&lt;N” på deltagarsidan och i alla exporterade arbetsböcker, så att ingen kan kännas igen i en liten grupp. Siffrorna sparas ändå som de rapporterats. Standardvärdet är 5.</translation>
        </message>
        <message>
            <source>Smallest count shown as it is</source>
            <translation>Minsta antal som visas som det är</translation>
        </message>
        <message>
            <source>Show counts below &amp;this as “&lt;N”:</source>
            <translation>Visa antal under &amp;detta som ”&lt;N”:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
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
        <message>
            <source>The dates overlap iteration %1.</source>
            <translation>Datumen överlappar iteration %1.</translation>
        </message>
        <message>
            <source>Iteration %1 is already active; close it before starting another.</source>
            <translation>Iteration %1 är redan aktiv; avsluta den innan du startar en ny.</translation>
        </message>
        <message>
            <source>Only a planned iteration can be started.</source>
            <translation>Bara en planerad iteration kan startas.</translation>
        </message>
        <message>
            <source>Only the active iteration can be closed.</source>
            <translation>Bara den aktiva iterationen kan avslutas.</translation>
        </message>
        <message>
            <source>The iteration still has items; move them first.</source>
            <translation>Iterationen har fortfarande poster; flytta dem först.</translation>
        </message>
        <message>
            <source>The iteration is closed.</source>
            <translation>Iterationen är avslutad.</translation>
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
        <name>VelocityHistoryModel</name>
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
            <source>Average of 3</source>
            <translation>Snitt av 3</translation>
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
            <source>%1 (%2)</source>
            <comment>iteration and its state</comment>
            <translation>%1 (%2)</translation>
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
