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
            <source>Supersede…</source>
            <translation>Ersätt…</translation>
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
            <source>Meetings and decisions (Ctrl+Shift+M)</source>
            <translation>Möten och beslut (Ctrl+Shift+M)</translation>
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
            <source>&amp;Locality</source>
            <translation>&amp;Ort</translation>
        </message>
        <message>
            <source>Lessons found</source>
            <translation>Funna lärdomar</translation>
        </message>
        <message>
            <source>Lesson text</source>
            <translation>Lärdomens text</translation>
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
            <source>Learned</source>
            <translation>Lärd</translation>
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
            <source>Lessons librar&amp;y…</source>
            <translation>&amp;Lärdomsbiblioteket…</translation>
        </message>
        <message>
            <source>Search the lessons of every project and locality</source>
            <translation>Sök bland alla projekts och orters lärdomar</translation>
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
            <source>Leave</source>
            <translation>Lämna</translation>
        </message>
        <message>
            <source>Leave meeting mode</source>
            <translation>Lämna mötesläget</translation>
        </message>
        <message>
            <source>End meeting</source>
            <translation>Avsluta mötet</translation>
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
            <source>Enter saves · Ctrl+D decision · Ctrl+T action · Ctrl+M note · Ctrl+N new agenda item · Ctrl+O owner · Ctrl+U due date · Page Down next item · Page Up previous item · Ctrl+Shift+E ends the meeting · Esc leaves</source>
            <translation>Enter sparar · Ctrl+D beslut · Ctrl+T åtgärd · Ctrl+M anteckning · Ctrl+N ny punkt · Ctrl+O ansvarig · Ctrl+U klart senast · Page Down nästa punkt · Page Up föregående punkt · Ctrl+Shift+E avslutar mötet · Esc lämnar</translation>
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
            <source>Create project</source>
            <translation>Skapa projekt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
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
            <source>Action: %1</source>
            <translation>Åtgärd: %1</translation>
        </message>
        <message>
            <source>No open decisions or actions from the steering group.</source>
            <translation>Inga öppna beslut eller åtgärder från styrgruppen.</translation>
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
        <name>SteeringScreens</name>
        <message>
            <source>The decision request is on the next meeting's agenda</source>
            <translation>Beslutsärendet ligger på nästa mötes dagordning</translation>
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
            <source>Place</source>
            <translation>Plats</translation>
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
