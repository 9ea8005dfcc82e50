<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Improve Desktop</source>
            <translation>About Improve Desktop</translation>
        </message>
        <message>
            <source>Improve Desktop %1</source>
            <translation>Improve Desktop %1</translation>
        </message>
        <message>
            <source>Steering publicly funded development projects in short, learning iterations.</source>
            <translation>Steering publicly funded development projects in short, learning iterations.</translation>
        </message>
        <message>
            <source>Database: %1
Schema revision: %2
Qt %3, PySide6 %4</source>
            <translation>Database: %1
Schema revision: %2
Qt %3, PySide6 %4</translation>
        </message>
        <message>
            <source>Version details</source>
            <translation>Version details</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Tick those present.</source>
            <translation>Tick those present.</translation>
        </message>
        <message>
            <source>(guest)</source>
            <translation>(guest)</translation>
        </message>
        <message>
            <source>Names separated by commas</source>
            <translation>Names separated by commas</translation>
        </message>
        <message>
            <source>Add &amp;guests:</source>
            <translation>Add &amp;guests:</translation>
        </message>
        <message>
            <source>Add guests</source>
            <translation>Add guests</translation>
        </message>
    </context>
    <context>
        <name>BacklogController</name>
        <message>
            <source>Add item “%1”</source>
            <translation>Add item “%1”</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Edit “%1”</translation>
        </message>
        <message numerus="yes">
            <source>Set %n item(s) to %1</source>
            <translation>
                <numerusform>Set %n item to %1</numerusform>
                <numerusform>Set %n items to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reorder %n item(s)</source>
            <translation>
                <numerusform>Reorder %n item</numerusform>
                <numerusform>Reorder %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s) to the top</source>
            <translation>
                <numerusform>Move %n item to the top</numerusform>
                <numerusform>Move %n items to the top</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s) to the bottom</source>
            <translation>
                <numerusform>Move %n item to the bottom</numerusform>
                <numerusform>Move %n items to the bottom</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s) to the backlog</source>
            <translation>
                <numerusform>Move %n item to the backlog</numerusform>
                <numerusform>Move %n items to the backlog</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s) to iteration %1</source>
            <translation>
                <numerusform>Move %n item to iteration %1</numerusform>
                <numerusform>Move %n items to iteration %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Set the limit of %1</source>
            <translation>Set the limit of %1</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Delete %n item</numerusform>
                <numerusform>Delete %n items</numerusform>
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
            <translation>Title</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methods</translation>
        </message>
        <message>
            <source>Iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>Backlog</source>
            <translation>Backlog</translation>
        </message>
    </context>
    <context>
        <name>BacklogTable</name>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
    </context>
    <context>
        <name>BacklogView</name>
        <message>
            <source>Backlog</source>
            <translation>Backlog</translation>
        </message>
        <message>
            <source>&amp;New item:</source>
            <translation>&amp;New item:</translation>
        </message>
        <message>
            <source>Type a title and press Enter (Ctrl+N comes here)</source>
            <translation>Type a title and press Enter (Ctrl+N comes here)</translation>
        </message>
        <message>
            <source>New item title</source>
            <translation>New item title</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>Words in title or description (Ctrl+F)</source>
            <translation>Words in title or description (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter text</source>
            <translation>Filter text</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filter by status</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Filter by kind</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Filter by method</source>
            <translation>Filter by method</translation>
        </message>
        <message>
            <source>&amp;Hide done</source>
            <translation>&amp;Hide done</translation>
        </message>
        <message>
            <source>Hide done items</source>
            <translation>Hide done items</translation>
        </message>
        <message>
            <source>C&amp;lear filter</source>
            <translation>C&amp;lear filter</translation>
        </message>
        <message>
            <source>Clear filter</source>
            <translation>Clear filter</translation>
        </message>
        <message>
            <source>Backlog items</source>
            <translation>Backlog items</translation>
        </message>
        <message>
            <source>Backlog summary</source>
            <translation>Backlog summary</translation>
        </message>
        <message>
            <source>&amp;New item</source>
            <translation>&amp;New item</translation>
        </message>
        <message>
            <source>&amp;Filter</source>
            <translation>&amp;Filter</translation>
        </message>
        <message>
            <source>&amp;Edit item…</source>
            <translation>&amp;Edit item…</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <source>Move to &amp;top</source>
            <translation>Move to &amp;top</translation>
        </message>
        <message>
            <source>Move to &amp;bottom</source>
            <translation>Move to &amp;bottom</translation>
        </message>
        <message>
            <source>Move to &amp;iteration…</source>
            <translation>Move to &amp;iteration…</translation>
        </message>
        <message>
            <source>Move to the bac&amp;klog</source>
            <translation>Move to the bac&amp;klog</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <source>Set status: %1</source>
            <translation>Set status: %1</translation>
        </message>
        <message>
            <source>All methods</source>
            <translation>All methods</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) shown</source>
            <translation>
                <numerusform>%n item shown</numerusform>
                <numerusform>%n items shown</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 points</translation>
        </message>
        <message>
            <source>filtered from %1</source>
            <translation>filtered from %1</translation>
        </message>
        <message>
            <source>Sort by # to reorder the backlog.</source>
            <translation>Sort by # to reorder the backlog.</translation>
        </message>
        <message>
            <source>There is no planned or active iteration to move to.</source>
            <translation>There is no planned or active iteration to move to.</translation>
        </message>
        <message>
            <source>Move to iteration</source>
            <translation>Move to iteration</translation>
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
            <translation>Daily</translation>
        </message>
        <message>
            <source>On request</source>
            <translation>On request</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <source>Before upgrade to %1</source>
            <translation>Before upgrade to %1</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
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
            <translation>%1, %2 points</translation>
        </message>
        <message>
            <source>Column %1</source>
            <translation>Column %1</translation>
        </message>
        <message>
            <source>WIP limit:</source>
            <translation>WIP limit:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Work-in-progress limit for %1</source>
            <translation>Work-in-progress limit for %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n item(s), %2 points</source>
            <translation>
                <numerusform>%1 · %n item, %2 points</numerusform>
                <numerusform>%1 · %n items, %2 points</numerusform>
            </translation>
        </message>
        <message>
            <source>limit %1</source>
            <translation>limit %1</translation>
        </message>
        <message>
            <source>⚠ Over the work-in-progress limit</source>
            <translation>⚠ Over the work-in-progress limit</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Move a card with Ctrl+Left and Ctrl+Right, or drag it.</source>
            <translation>Move a card with Ctrl+Left and Ctrl+Right, or drag it.</translation>
        </message>
        <message>
            <source>Move card right</source>
            <translation>Move card right</translation>
        </message>
        <message>
            <source>Move card left</source>
            <translation>Move card left</translation>
        </message>
        <message>
            <source>No active iteration: start one in the planning view.</source>
            <translation>No active iteration: start one in the planning view.</translation>
        </message>
    </context>
    <context>
        <name>BurndownModel</name>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <source>Ideal</source>
            <translation>Ideal</translation>
        </message>
    </context>
    <context>
        <name>ChartsView</name>
        <message>
            <source>No days of this iteration have passed yet.</source>
            <translation>No days of this iteration have passed yet.</translation>
        </message>
        <message>
            <source>%1: %2 points remaining on %3; the ideal line is at %4.</source>
            <translation>%1: %2 points remaining on %3; the ideal line is at %4.</translation>
        </message>
        <message>
            <source>Scope changed after the start: +%1 / −%2 points.</source>
            <translation>Scope changed after the start: +%1 / −%2 points.</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>&amp;Burndown of:</source>
            <translation>&amp;Burndown of:</translation>
        </message>
        <message>
            <source>Iteration for the burndown</source>
            <translation>Iteration for the burndown</translation>
        </message>
        <message>
            <source>Burndown</source>
            <translation>Burndown</translation>
        </message>
        <message>
            <source>Burndown summary</source>
            <translation>Burndown summary</translation>
        </message>
        <message>
            <source>Burndown chart</source>
            <translation>Burndown chart</translation>
        </message>
        <message>
            <source>Burndown figures</source>
            <translation>Burndown figures</translation>
        </message>
        <message>
            <source>Velocity</source>
            <translation>Velocity</translation>
        </message>
        <message>
            <source>Velocity summary</source>
            <translation>Velocity summary</translation>
        </message>
        <message>
            <source>Velocity chart</source>
            <translation>Velocity chart</translation>
        </message>
        <message>
            <source>Velocity figures</source>
            <translation>Velocity figures</translation>
        </message>
        <message>
            <source>No started iterations yet.</source>
            <translation>No started iterations yet.</translation>
        </message>
        <message>
            <source>Ideal</source>
            <translation>Ideal</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <source>Day of the iteration</source>
            <translation>Day of the iteration</translation>
        </message>
        <message>
            <source>Points remaining</source>
            <translation>Points remaining</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Average of the last 3</source>
            <translation>Average of the last 3</translation>
        </message>
        <message>
            <source>Iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Last closed: %1, %2 of %3 points completed.</source>
            <translation>Last closed: %1, %2 of %3 points completed.</translation>
        </message>
        <message>
            <source>Average of the last three: %1 points.</source>
            <translation>Average of the last three: %1 points.</translation>
        </message>
        <message>
            <source>No closed iterations yet.</source>
            <translation>No closed iterations yet.</translation>
        </message>
    </context>
    <context>
        <name>CloseIterationDialog</name>
        <message>
            <source>Close %1</source>
            <translation>Close %1</translation>
        </message>
        <message>
            <source>Goal: %1</source>
            <translation>Goal: %1</translation>
        </message>
        <message>
            <source>Was the goal met?</source>
            <translation>Was the goal met?</translation>
        </message>
        <message>
            <source>&amp;Comment</source>
            <translation>&amp;Comment</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message numerus="yes">
            <source>%n unfinished item(s), %1 points, go:</source>
            <translation>
                <numerusform>%n unfinished item, %1 points, go:</numerusform>
                <numerusform>%n unfinished items, %1 points, go:</numerusform>
            </translation>
        </message>
        <message>
            <source>back to the &amp;backlog</source>
            <translation>back to the &amp;backlog</translation>
        </message>
        <message>
            <source>into the &amp;next iteration</source>
            <translation>into the &amp;next iteration</translation>
        </message>
        <message>
            <source>Close &amp;iteration</source>
            <translation>Close &amp;iteration</translation>
        </message>
    </context>
    <context>
        <name>DataSafety</name>
        <message>
            <source>%1 could not be upgraded to this version of Improve Desktop. The database was left exactly as it was, so the previous version can still open it.</source>
            <translation>%1 could not be upgraded to this version of Improve Desktop. The database was left exactly as it was, so the previous version can still open it.</translation>
        </message>
        <message>
            <source>A copy taken before the upgrade is at %1.</source>
            <translation>A copy taken before the upgrade is at %1.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Details: %1</translation>
        </message>
        <message>
            <source>%1 is already open in Improve Desktop (process %2 on %3, since %4). Only one window at a time may change a database, so that no change is lost.</source>
            <translation>%1 is already open in Improve Desktop (process %2 on %3, since %4). Only one window at a time may change a database, so that no change is lost.</translation>
        </message>
        <message>
            <source>%1 is in a folder that cannot be written to (a read-only disk or share, or missing permissions), so changes could not be saved there.</source>
            <translation>%1 is in a folder that cannot be written to (a read-only disk or share, or missing permissions), so changes could not be saved there.</translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be opened safely.</source>
            <translation>%1 is damaged and cannot be opened safely.</translation>
        </message>
        <message>
            <source>You can open it read-only to look things up; changes cannot be made in that window.</source>
            <translation>You can open it read-only to look things up; changes cannot be made in that window.</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Open &amp;read-only</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Opened read-only.</source>
            <translation>Opened read-only.</translation>
        </message>
        <message>
            <source>What was found: %1</source>
            <translation>What was found: %1</translation>
        </message>
        <message>
            <source>Start an &amp;empty database</source>
            <translation>Start an &amp;empty database</translation>
        </message>
        <message>
            <source>The newest backup that is intact is from %1. Restore it? The damaged file is kept, unchanged, under a new name beside the original; nothing is deleted. Changes made after the backup are not in it.</source>
            <translation>The newest backup that is intact is from %1. Restore it? The damaged file is kept, unchanged, under a new name beside the original; nothing is deleted. Changes made after the backup are not in it.</translation>
        </message>
        <message>
            <source>&amp;Restore the backup from %1</source>
            <translation>&amp;Restore the backup from %1</translation>
        </message>
        <message>
            <source>There is no intact backup of it. You can keep the damaged file aside under a new name (nothing is deleted) and start with an empty database, or cancel and ask for help with the file.</source>
            <translation>There is no intact backup of it. You can keep the damaged file aside under a new name (nothing is deleted) and start with an empty database, or cancel and ask for help with the file.</translation>
        </message>
        <message>
            <source>The damaged database could not be set aside: %1</source>
            <translation>The damaged database could not be set aside: %1</translation>
        </message>
        <message>
            <source>The backup from %1 was restored. The damaged file was kept as %2.</source>
            <translation>The backup from %1 was restored. The damaged file was kept as %2.</translation>
        </message>
        <message>
            <source>A new, empty database was started. The damaged file was kept as %1.</source>
            <translation>A new, empty database was started. The damaged file was kept as %1.</translation>
        </message>
        <message>
            <source>Improve Desktop was not closed properly last time; the database was checked and is fine.</source>
            <translation>Improve Desktop was not closed properly last time; the database was checked and is fine.</translation>
        </message>
        <message>
            <source>The daily backup could not be written: %1</source>
            <translation>The daily backup could not be written: %1</translation>
        </message>
        <message>
            <source>Daily backup written.</source>
            <translation>Daily backup written.</translation>
        </message>
        <message>
            <source>on a network share (%1)</source>
            <translation>on a network share (%1)</translation>
        </message>
        <message>
            <source>in a folder that a cloud service keeps in step (%1)</source>
            <translation>in a folder that a cloud service keeps in step (%1)</translation>
        </message>
        <message>
            <source>%1 is %2. Databases there can be damaged or overwritten with an older copy, because the network or the synchronisation does not see how the database writes. Keep the database in a folder on this computer (File → New database, or move the file while the application is closed); the backups are the way to share copies.</source>
            <translation>%1 is %2. Databases there can be damaged or overwritten with an older copy, because the network or the synchronisation does not see how the database writes. Keep the database in a folder on this computer (File → New database, or move the file while the application is closed); the backups are the way to share copies.</translation>
        </message>
        <message>
            <source>Where the database is</source>
            <translation>Where the database is</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>This database is open read-only, so it cannot be restored here.</source>
            <translation>This database is open read-only, so it cannot be restored here.</translation>
        </message>
        <message>
            <source>Replace the content of the database with the backup from %1? The current content is backed up first.</source>
            <translation>Replace the content of the database with the backup from %1? The current content is backed up first.</translation>
        </message>
        <message>
            <source>The backup could not be restored: %1</source>
            <translation>The backup could not be restored: %1</translation>
        </message>
        <message>
            <source>The backup from %1 was restored.</source>
            <translation>The backup from %1 was restored.</translation>
        </message>
        <message>
            <source>The content it replaced was saved as %1.</source>
            <translation>The content it replaced was saved as %1.</translation>
        </message>
    </context>
    <context>
        <name>DecisionLogView</name>
        <message>
            <source>Decision log</source>
            <translation>Decision log</translation>
        </message>
        <message>
            <source>Reference, title, text, owner or project</source>
            <translation>Reference, title, text, owner or project</translation>
        </message>
        <message>
            <source>yyyy-mm-dd</source>
            <translation>yyyy-mm-dd</translation>
        </message>
        <message>
            <source>Only &amp;overdue or due for review</source>
            <translation>Only &amp;overdue or due for review</translation>
        </message>
        <message>
            <source>Only overdue or due for review</source>
            <translation>Only overdue or due for review</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;to:</translation>
        </message>
        <message>
            <source>Decided to</source>
            <translation>Decided to</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Cl&amp;uster:</source>
            <translation>Cl&amp;uster:</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Project:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>O&amp;wner:</source>
            <translation>O&amp;wner:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Decided &amp;from:</source>
            <translation>Decided &amp;from:</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Any kind</translation>
        </message>
        <message>
            <source>Decisions and actions</source>
            <translation>Decisions and actions</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>The chosen decision</source>
            <translation>The chosen decision</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>New status</translation>
        </message>
        <message>
            <source>Set st&amp;atus</source>
            <translation>Set st&amp;atus</translation>
        </message>
        <message>
            <source>Set the chosen decision's status</source>
            <translation>Set the chosen decision's status</translation>
        </message>
        <message>
            <source>Supersede…</source>
            <translation>Supersede…</translation>
        </message>
        <message>
            <source>Record a decision that replaces this one</source>
            <translation>Record a decision that replaces this one</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Ed&amp;it…</translation>
        </message>
        <message>
            <source>Edit the chosen decision</source>
            <translation>Edit the chosen decision</translation>
        </message>
        <message>
            <source>New &amp;backlog item…</source>
            <translation>New &amp;backlog item…</translation>
        </message>
        <message>
            <source>New backlog item from this decision, at the top of the project's backlog</source>
            <translation>New backlog item from this decision, at the top of the project's backlog</translation>
        </message>
        <message>
            <source>Decisions shown</source>
            <translation>Decisions shown</translation>
        </message>
        <message>
            <source>Only actions not &amp;done</source>
            <translation>Only actions not &amp;done</translation>
        </message>
        <message>
            <source>Only actions not done</source>
            <translation>Only actions not done</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>Mark d&amp;one</source>
            <translation>Mark d&amp;one</translation>
        </message>
        <message>
            <source>Put on &amp;hold</source>
            <translation>Put on &amp;hold</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>Re&amp;open</translation>
        </message>
        <message>
            <source>All clusters</source>
            <translation>All clusters</translation>
        </message>
        <message>
            <source>All projects</source>
            <translation>All projects</translation>
        </message>
        <message>
            <source>%1 of %2 decisions</source>
            <translation>%1 of %2 decisions</translation>
        </message>
        <message>
            <source>Choose a decision to see its text and history.</source>
            <translation>Choose a decision to see its text and history.</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Rationale</translation>
        </message>
        <message>
            <source>Superseded by %1</source>
            <translation>Superseded by %1</translation>
        </message>
        <message>
            <source>Due %1 · review %2</source>
            <translation>Due %1 · review %2</translation>
        </message>
        <message>
            <source>Backlog items: %1</source>
            <translation>Backlog items: %1</translation>
        </message>
        <message>
            <source>%1, %2: %3 changed from “%4” to “%5”</source>
            <translation>%1, %2: %3 changed from “%4” to “%5”</translation>
        </message>
    </context>
    <context>
        <name>DecisionRequestDialog</name>
        <message>
            <source>Raise a decision request</source>
            <translation>Raise a decision request</translation>
        </message>
        <message>
            <source>yyyy-mm-dd (optional)</source>
            <translation>yyyy-mm-dd (optional)</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Question:</translation>
        </message>
        <message>
            <source>&amp;Options:</source>
            <translation>&amp;Options:</translation>
        </message>
        <message>
            <source>Re&amp;commendation:</source>
            <translation>Re&amp;commendation:</translation>
        </message>
        <message>
            <source>Raised &amp;by:</source>
            <translation>Raised &amp;by:</translation>
        </message>
        <message>
            <source>&amp;Needed by:</source>
            <translation>&amp;Needed by:</translation>
        </message>
        <message>
            <source>The request goes onto the next meeting's agenda.</source>
            <translation>The request goes onto the next meeting's agenda.</translation>
        </message>
    </context>
    <context>
        <name>EditDecisionDialog</name>
        <message>
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
        <message>
            <source>yyyy-mm-dd (empty: none)</source>
            <translation>yyyy-mm-dd (empty: none)</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Decision:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>&amp;Rationale:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Owner:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>D&amp;ue:</translation>
        </message>
        <message>
            <source>Re&amp;view:</source>
            <translation>Re&amp;view:</translation>
        </message>
        <message>
            <source>Who changed what, and when, is kept in the history.</source>
            <translation>Who changed what, and when, is kept in the history.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Something went wrong, but the application keeps running.</source>
            <translation>Something went wrong, but the application keeps running.</translation>
        </message>
        <message>
            <source>Everything that was saved before is safe: each change is saved the moment it is made. The last action may not have been completed; please check it.</source>
            <translation>Everything that was saved before is safe: each change is saved the moment it is made. The last action may not have been completed; please check it.</translation>
        </message>
        <message>
            <source>A description of the error (without your data) was written to %1.</source>
            <translation>A description of the error (without your data) was written to %1.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Show &amp;details</source>
            <translation>Show &amp;details</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Show details</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Error details</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copy details</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Hide &amp;details</source>
            <translation>Hide &amp;details</translation>
        </message>
    </context>
    <context>
        <name>ErrorHandler</name>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>the database file or its folder cannot be written to</source>
            <translation>the database file or its folder cannot be written to</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>the disk reported an error</translation>
        </message>
        <message>
            <source>another program kept the database locked</source>
            <translation>another program kept the database locked</translation>
        </message>
        <message>
            <source>the database file is damaged</source>
            <translation>the database file is damaged</translation>
        </message>
        <message>
            <source>the database is open read-only</source>
            <translation>the database is open read-only</translation>
        </message>
        <message>
            <source>of an error</source>
            <translation>of an error</translation>
        </message>
        <message>
            <source>The last change could not be saved because %1. It was undone; everything saved before is intact. Free some space or choose another place for the database, then try again.</source>
            <translation>The last change could not be saved because %1. It was undone; everything saved before is intact. Free some space or choose another place for the database, then try again.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Welcome to Improve Desktop</source>
            <translation>Welcome to Improve Desktop</translation>
        </message>
        <message>
            <source>Plan your project in short iterations, follow up decisions in the steering group and see which working methods give results. Everything is stored on this computer and works without a network.</source>
            <translation>Plan your project in short iterations, follow up decisions in the steering group and see which working methods give results. Everything is stored on this computer and works without a network.</translation>
        </message>
        <message>
            <source>&amp;Create a project…</source>
            <translation>&amp;Create a project…</translation>
        </message>
        <message>
            <source>Create a project</source>
            <translation>Create a project</translation>
        </message>
        <message>
            <source>Load the &amp;demo data</source>
            <translation>Load the &amp;demo data</translation>
        </message>
        <message>
            <source>Load the demo data</source>
            <translation>Load the demo data</translation>
        </message>
        <message>
            <source>Fills this database with three organisations and five example projects</source>
            <translation>Fills this database with three organisations and five example projects</translation>
        </message>
        <message>
            <source>&amp;Open another database…</source>
            <translation>&amp;Open another database…</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>Open another database</translation>
        </message>
    </context>
    <context>
        <name>GroupPage</name>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Meetings and decisions (Ctrl+Shift+M)</source>
            <translation>Meetings and decisions (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>Meetings and decisions</source>
            <translation>Meetings and decisions</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projects</translation>
        </message>
        <message>
            <source>Steering group members</source>
            <translation>Steering group members</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Edit item</source>
            <translation>Edit item</translation>
        </message>
        <message>
            <source>Not estimated</source>
            <translation>Not estimated</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;Points</source>
            <translation>&amp;Points</translation>
        </message>
        <message>
            <source>&amp;Methods (Space ticks)</source>
            <translation>&amp;Methods (Space ticks)</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>&amp;Acceptance criteria</source>
            <translation>&amp;Acceptance criteria</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The title is required.</source>
            <translation>The title is required.</translation>
        </message>
    </context>
    <context>
        <name>LessonsDialog</name>
        <message>
            <source>Lessons library</source>
            <translation>Lessons library</translation>
        </message>
        <message>
            <source>Search lessons</source>
            <translation>Search lessons</translation>
        </message>
        <message>
            <source>Words or the start of words, e.g. arbetsträn</source>
            <translation>Words or the start of words, e.g. arbetsträn</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Locality</translation>
        </message>
        <message>
            <source>All localities</source>
            <translation>All localities</translation>
        </message>
        <message>
            <source>&amp;Locality</source>
            <translation>&amp;Locality</translation>
        </message>
        <message>
            <source>Lessons found</source>
            <translation>Lessons found</translation>
        </message>
        <message>
            <source>Lesson text</source>
            <translation>Lesson text</translation>
        </message>
        <message numerus="yes">
            <source>%n lesson(s) found</source>
            <translation>
                <numerusform>%n lesson found</numerusform>
                <numerusform>%n lessons found</numerusform>
            </translation>
        </message>
        <message>
            <source>From the retrospective of iteration %1</source>
            <translation>From the retrospective of iteration %1</translation>
        </message>
    </context>
    <context>
        <name>LessonsModel</name>
        <message>
            <source>Lesson</source>
            <translation>Lesson</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Locality</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Learned</source>
            <translation>Learned</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Organisations, steering clusters and projects</source>
            <translation>Organisations, steering clusters and projects</translation>
        </message>
        <message>
            <source>Project views</source>
            <translation>Project views</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Backlog</source>
            <translation>Backlog</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Database file</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>New &amp;project…</source>
            <translation>New &amp;project…</translation>
        </message>
        <message>
            <source>Create a project in this database</source>
            <translation>Create a project in this database</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;New database…</translation>
        </message>
        <message>
            <source>Create an empty database file</source>
            <translation>Create an empty database file</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Open database…</translation>
        </message>
        <message>
            <source>Open another database file</source>
            <translation>Open another database file</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>Write a verified copy of the database to the backups folder</source>
            <translation>Write a verified copy of the database to the backups folder</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <source>Go back to one of the database's backups</source>
            <translation>Go back to one of the database's backups</translation>
        </message>
        <message>
            <source>Load &amp;demo data</source>
            <translation>Load &amp;demo data</translation>
        </message>
        <message>
            <source>Fill an empty database with the demo portfolio</source>
            <translation>Fill an empty database with the demo portfolio</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>New backlog &amp;item</source>
            <translation>New backlog &amp;item</translation>
        </message>
        <message>
            <source>Type the title of a new backlog item</source>
            <translation>Type the title of a new backlog item</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Go to &amp;navigation</source>
            <translation>Go to &amp;navigation</translation>
        </message>
        <message>
            <source>Go to &amp;content</source>
            <translation>Go to &amp;content</translation>
        </message>
        <message>
            <source>Project &amp;overview</source>
            <translation>Project &amp;overview</translation>
        </message>
        <message>
            <source>&amp;Backlog</source>
            <translation>&amp;Backlog</translation>
        </message>
        <message>
            <source>&amp;Planning</source>
            <translation>&amp;Planning</translation>
        </message>
        <message>
            <source>Boa&amp;rd</source>
            <translation>Boa&amp;rd</translation>
        </message>
        <message>
            <source>Char&amp;ts</source>
            <translation>Char&amp;ts</translation>
        </message>
        <message>
            <source>Lessons librar&amp;y…</source>
            <translation>Lessons librar&amp;y…</translation>
        </message>
        <message>
            <source>Search the lessons of every project and locality</source>
            <translation>Search the lessons of every project and locality</translation>
        </message>
        <message>
            <source>&amp;Meetings of the steering cluster</source>
            <translation>&amp;Meetings of the steering cluster</translation>
        </message>
        <message>
            <source>The steering cluster's meetings and meeting mode</source>
            <translation>The steering cluster's meetings and meeting mode</translation>
        </message>
        <message>
            <source>&amp;Decision log</source>
            <translation>&amp;Decision log</translation>
        </message>
        <message>
            <source>Every decision and action of every cluster and project</source>
            <translation>Every decision and action of every cluster and project</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;High contrast</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Improve Desktop</source>
            <translation>&amp;About Improve Desktop</translation>
        </message>
        <message>
            <source> (read-only)</source>
            <translation> (read-only)</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>The database was upgraded from schema %1; a copy of the old file is at %2</source>
            <translation>The database was upgraded from schema %1; a copy of the old file is at %2</translation>
        </message>
        <message>
            <source>Choose a steering cluster, or a project that has one</source>
            <translation>Choose a steering cluster, or a project that has one</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>This database is open read-only.</source>
            <translation>This database is open read-only.</translation>
        </message>
        <message>
            <source>Project %1 created</source>
            <translation>Project %1 created</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Load demo data</translation>
        </message>
        <message>
            <source>Fill this database with the demo portfolio: three organisations, two steering clusters and five projects with six iterations each?</source>
            <translation>Fill this database with the demo portfolio: three organisations, two steering clusters and five projects with six iterations each?</translation>
        </message>
        <message>
            <source>Demo data loaded: %1 projects</source>
            <translation>Demo data loaded: %1 projects</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Back up</translation>
        </message>
        <message>
            <source>Backup written and verified: %1</source>
            <translation>Backup written and verified: %1</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Open database</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>New database</translation>
        </message>
        <message>
            <source>%1 was saved by a newer version of Improve Desktop. Update the application to open it. The file has not been changed.</source>
            <translation>%1 was saved by a newer version of Improve Desktop. Update the application to open it. The file has not been changed.</translation>
        </message>
        <message>
            <source>%1 is not an Improve Desktop database. Nothing was changed.</source>
            <translation>%1 is not an Improve Desktop database. Nothing was changed.</translation>
        </message>
        <message>
            <source>The database could not be opened: %1</source>
            <translation>The database could not be opened: %1</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <source>Whole cluster</source>
            <translation>Whole cluster</translation>
        </message>
        <message>
            <source>Item %1 of %2: %3, %4, %5</source>
            <translation>Item %1 of %2: %3, %4, %5</translation>
        </message>
        <message>
            <source>Decision %1</source>
            <translation>Decision %1</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>due %1</translation>
        </message>
        <message>
            <source>Iteration %1: %2</source>
            <translation>Iteration %1: %2</translation>
        </message>
        <message>
            <source>Completed %1 of %2 committed points</source>
            <translation>Completed %1 of %2 committed points</translation>
        </message>
        <message>
            <source>Velocity, last iterations: %1</source>
            <translation>Velocity, last iterations: %1</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Options:</translation>
        </message>
        <message>
            <source>Recommendation: %1</source>
            <translation>Recommendation: %1</translation>
        </message>
        <message>
            <source>Raised by %1 on %2</source>
            <translation>Raised by %1 on %2</translation>
        </message>
        <message>
            <source>No actions are due.</source>
            <translation>No actions are due.</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>Notes: %1</translation>
        </message>
    </context>
    <context>
        <name>MeetingModeWindow</name>
        <message>
            <source>Meeting mode</source>
            <translation>Meeting mode</translation>
        </message>
        <message>
            <source>Meeting mode – %1</source>
            <translation>Meeting mode – %1</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Position in the agenda</source>
            <translation>Position in the agenda</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Leave meeting mode</source>
            <translation>Leave meeting mode</translation>
        </message>
        <message>
            <source>End meeting</source>
            <translation>End meeting</translation>
        </message>
        <message>
            <source>End the meeting and write the minutes</source>
            <translation>End the meeting and write the minutes</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>Kind of item</translation>
        </message>
        <message>
            <source>Current agenda item</source>
            <translation>Current agenda item</translation>
        </message>
        <message>
            <source>What the item is about</source>
            <translation>What the item is about</translation>
        </message>
        <message>
            <source>Decisions and actions of this meeting</source>
            <translation>Decisions and actions of this meeting</translation>
        </message>
        <message>
            <source>Decisions and actions</source>
            <translation>Decisions and actions</translation>
        </message>
        <message>
            <source>Owner (Ctrl+O)</source>
            <translation>Owner (Ctrl+O)</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due (Ctrl+U)</source>
            <translation>Due (Ctrl+U)</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>A date such as 2026-12-15, or +14 for 14 days from today, or +2w for two weeks</source>
            <translation>A date such as 2026-12-15, or +14 for 14 days from today, or +2w for two weeks</translation>
        </message>
        <message>
            <source>Last message</source>
            <translation>Last message</translation>
        </message>
        <message>
            <source>Enter saves · Ctrl+D decision · Ctrl+T action · Ctrl+M note · Ctrl+N new agenda item · Ctrl+O owner · Ctrl+U due date · Page Down next item · Page Up previous item · Ctrl+Shift+E ends the meeting · Esc leaves</source>
            <translation>Enter saves · Ctrl+D decision · Ctrl+T action · Ctrl+M note · Ctrl+N new agenda item · Ctrl+O owner · Ctrl+U due date · Page Down next item · Page Up previous item · Ctrl+Shift+E ends the meeting · Esc leaves</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <translation>Item %1 of %2</translation>
        </message>
        <message>
            <source>No agenda items</source>
            <translation>No agenda items</translation>
        </message>
        <message>
            <source>The agenda is empty</source>
            <translation>The agenda is empty</translation>
        </message>
        <message>
            <source>Decisions and actions can still be recorded.</source>
            <translation>Decisions and actions can still be recorded.</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Decision:</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Type the decision and press Enter</source>
            <translation>Type the decision and press Enter</translation>
        </message>
        <message>
            <source>Ac&amp;tion:</source>
            <translation>Ac&amp;tion:</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Type the action and press Enter</source>
            <translation>Type the action and press Enter</translation>
        </message>
        <message>
            <source>New &amp;item:</source>
            <translation>New &amp;item:</translation>
        </message>
        <message>
            <source>New agenda item</source>
            <translation>New agenda item</translation>
        </message>
        <message>
            <source>An item to add at the end of the agenda; Enter adds it</source>
            <translation>An item to add at the end of the agenda; Enter adds it</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Note for the minutes</source>
            <translation>Note for the minutes</translation>
        </message>
        <message>
            <source>A note on this item for the minutes; Enter saves it</source>
            <translation>A note on this item for the minutes; Enter saves it</translation>
        </message>
        <message>
            <source>The due date was not understood: write 2026-12-15, +14 or +2w.</source>
            <translation>The due date was not understood: write 2026-12-15, +14 or +2w.</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>Added as item %1</source>
            <translation>Added as item %1</translation>
        </message>
        <message>
            <source>There is no agenda item to add a note to.</source>
            <translation>There is no agenda item to add a note to.</translation>
        </message>
        <message>
            <source>Note saved on item %1</source>
            <translation>Note saved on item %1</translation>
        </message>
        <message>
            <source>Save the entry you are typing (Enter) or clear it first.</source>
            <translation>Save the entry you are typing (Enter) or clear it first.</translation>
        </message>
        <message>
            <source>End the meeting</source>
            <translation>End the meeting</translation>
        </message>
        <message>
            <source>End the meeting and write the minutes? Items not dealt with move to the next meeting.</source>
            <translation>End the meeting and write the minutes? Items not dealt with move to the next meeting.</translation>
        </message>
        <message>
            <source>Minutes written</source>
            <translation>Minutes written</translation>
        </message>
        <message>
            <source>The meeting is held and its minutes are saved. Decisions: %1; actions: %2; items moved to the next meeting: %3.</source>
            <translation>The meeting is held and its minutes are saved. Decisions: %1; actions: %2; items moved to the next meeting: %3.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>&amp;Plan a meeting…</source>
            <translation>&amp;Plan a meeting…</translation>
        </message>
        <message>
            <source>&amp;Update the agenda</source>
            <translation>&amp;Update the agenda</translation>
        </message>
        <message>
            <source>Add what is new: the projects' latest closed iterations, open decision requests and actions due</source>
            <translation>Add what is new: the projects' latest closed iterations, open decision requests and actions due</translation>
        </message>
        <message>
            <source>Start &amp;meeting mode (F5)</source>
            <translation>Start &amp;meeting mode (F5)</translation>
        </message>
        <message>
            <source>Decision &amp;log (Ctrl+Shift+D)</source>
            <translation>Decision &amp;log (Ctrl+Shift+D)</translation>
        </message>
        <message>
            <source>&amp;Approve the minutes</source>
            <translation>&amp;Approve the minutes</translation>
        </message>
        <message>
            <source>A&amp;ttendance…</source>
            <translation>A&amp;ttendance…</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>The chosen meeting</source>
            <translation>The chosen meeting</translation>
        </message>
        <message>
            <source>Agenda, decisions and actions</source>
            <translation>Agenda, decisions and actions</translation>
        </message>
        <message>
            <source>Meetings – %1</source>
            <translation>Meetings – %1</translation>
        </message>
        <message>
            <source>(guest)</source>
            <translation>(guest)</translation>
        </message>
        <message>
            <source>Present: %1</source>
            <translation>Present: %1</translation>
        </message>
        <message>
            <source>Absent: %1</source>
            <translation>Absent: %1</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Decisions and actions</source>
            <translation>Decisions and actions</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>None recorded.</translation>
        </message>
    </context>
    <context>
        <name>MemberModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Affiliation</translation>
        </message>
    </context>
    <context>
        <name>NewIterationDialog</name>
        <message>
            <source>New iteration</source>
            <translation>New iteration</translation>
        </message>
        <message>
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Goal</source>
            <translation>&amp;Goal</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;End</translation>
        </message>
        <message>
            <source>&amp;Capacity</source>
            <translation>&amp;Capacity</translation>
        </message>
        <message>
            <source>The capacity proposed is the average completed in the last three iterations.</source>
            <translation>The capacity proposed is the average completed in the last three iterations.</translation>
        </message>
        <message>
            <source>&amp;Plan iteration</source>
            <translation>&amp;Plan iteration</translation>
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <source>New project</source>
            <translation>New project</translation>
        </message>
        <message>
            <source>Fields marked * are required.</source>
            <translation>Fields marked * are required.</translation>
        </message>
        <message>
            <source>e.g. UME-IPS</source>
            <translation>e.g. UME-IPS</translation>
        </message>
        <message>
            <source>Choose or type a new name</source>
            <translation>Choose or type a new name</translation>
        </message>
        <message>
            <source>No steering cluster</source>
            <translation>No steering cluster</translation>
        </message>
        <message>
            <source>SEK</source>
            <translation>SEK</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>&amp;Code *</source>
            <translation>&amp;Code *</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <source>&amp;Owner organisation *</source>
            <translation>&amp;Owner organisation *</translation>
        </message>
        <message>
            <source>&amp;Steering cluster</source>
            <translation>&amp;Steering cluster</translation>
        </message>
        <message>
            <source>&amp;Programme area</source>
            <translation>&amp;Programme area</translation>
        </message>
        <message>
            <source>S&amp;tart date *</source>
            <translation>S&amp;tart date *</translation>
        </message>
        <message>
            <source>&amp;End date *</source>
            <translation>&amp;End date *</translation>
        </message>
        <message>
            <source>&amp;Budget</source>
            <translation>&amp;Budget</translation>
        </message>
        <message>
            <source>&amp;Iteration length</source>
            <translation>&amp;Iteration length</translation>
        </message>
        <message>
            <source>P&amp;urpose</source>
            <translation>P&amp;urpose</translation>
        </message>
        <message>
            <source>Create project</source>
            <translation>Create project</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PlanMeetingDialog</name>
        <message>
            <source>Plan a meeting</source>
            <translation>Plan a meeting</translation>
        </message>
        <message>
            <source>Names separated by commas</source>
            <translation>Names separated by commas</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Time:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>&amp;Guests:</source>
            <translation>&amp;Guests:</translation>
        </message>
        <message>
            <source>The cluster's members are invited; the agenda is built from the projects.</source>
            <translation>The cluster's members are invited; the agenda is built from the projects.</translation>
        </message>
    </context>
    <context>
        <name>PlanningView</name>
        <message>
            <source>⚠ Over capacity: %1 of %2 points planned, %3 too many</source>
            <translation>⚠ Over capacity: %1 of %2 points planned, %3 too many</translation>
        </message>
        <message>
            <source>%1 of %2 points planned, %3 left</source>
            <translation>%1 of %2 points planned, %3 left</translation>
        </message>
        <message>
            <source>Iteration planning</source>
            <translation>Iteration planning</translation>
        </message>
        <message>
            <source>&amp;Iteration:</source>
            <translation>&amp;Iteration:</translation>
        </message>
        <message>
            <source>Iteration to plan</source>
            <translation>Iteration to plan</translation>
        </message>
        <message>
            <source>&amp;New iteration…</source>
            <translation>&amp;New iteration…</translation>
        </message>
        <message>
            <source>&amp;Start iteration</source>
            <translation>&amp;Start iteration</translation>
        </message>
        <message>
            <source>Clos&amp;e iteration…</source>
            <translation>Clos&amp;e iteration…</translation>
        </message>
        <message>
            <source>Iteration details</source>
            <translation>Iteration details</translation>
        </message>
        <message>
            <source>Capacity used</source>
            <translation>Capacity used</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <source>Unplanned backlog items</source>
            <translation>Unplanned backlog items</translation>
        </message>
        <message>
            <source>Items in the iteration</source>
            <translation>Items in the iteration</translation>
        </message>
        <message>
            <source>&amp;Plan →</source>
            <translation>&amp;Plan →</translation>
        </message>
        <message>
            <source>← &amp;Unplan</source>
            <translation>← &amp;Unplan</translation>
        </message>
        <message>
            <source>In the i&amp;teration</source>
            <translation>In the i&amp;teration</translation>
        </message>
        <message>
            <source>Move the selected items into the iteration</source>
            <translation>Move the selected items into the iteration</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Move the selected items back to the backlog</source>
            <translation>Move the selected items back to the backlog</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>&amp;Backlog (not planned)</source>
            <translation>&amp;Backlog (not planned)</translation>
        </message>
        <message>
            <source>Plan the selected items</source>
            <translation>Plan the selected items</translation>
        </message>
        <message>
            <source>Unplan the selected items</source>
            <translation>Unplan the selected items</translation>
        </message>
        <message>
            <source>No planned or active iteration. Plan the next one with “New iteration”.</source>
            <translation>No planned or active iteration. Plan the next one with “New iteration”.</translation>
        </message>
        <message>
            <source>no goal set</source>
            <translation>no goal set</translation>
        </message>
        <message>
            <source>Goal: %1</source>
            <translation>Goal: %1</translation>
        </message>
        <message>
            <source>Plan a new iteration</source>
            <translation>Plan a new iteration</translation>
        </message>
        <message>
            <source>Start %1</source>
            <translation>Start %1</translation>
        </message>
        <message>
            <source>Close %1</source>
            <translation>Close %1</translation>
        </message>
    </context>
    <context>
        <name>ProjectOverviewPage</name>
        <message>
            <source>Project overview</source>
            <translation>Project overview</translation>
        </message>
        <message>
            <source>About the project</source>
            <translation>About the project</translation>
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
            <translation>Programme area</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Current iteration</source>
            <translation>Current iteration</translation>
        </message>
        <message>
            <source>Iteration goal</source>
            <translation>Iteration goal</translation>
        </message>
        <message>
            <source>Iteration dates</source>
            <translation>Iteration dates</translation>
        </message>
        <message>
            <source>Points done in the current iteration</source>
            <translation>Points done in the current iteration</translation>
        </message>
        <message>
            <source>This project has no iterations yet. Plan the first one in the planning view.</source>
            <translation>This project has no iterations yet. Plan the first one in the planning view.</translation>
        </message>
        <message>
            <source>Velocity of closed iterations</source>
            <translation>Velocity of closed iterations</translation>
        </message>
        <message>
            <source>Velocity summary</source>
            <translation>Velocity summary</translation>
        </message>
        <message>
            <source>Velocity table</source>
            <translation>Velocity table</translation>
        </message>
        <message>
            <source>Committed and completed points for each closed iteration</source>
            <translation>Committed and completed points for each closed iteration</translation>
        </message>
        <message>
            <source>Open decisions and actions</source>
            <translation>Open decisions and actions</translation>
        </message>
        <message>
            <source>&amp;Raise a decision request…</source>
            <translation>&amp;Raise a decision request…</translation>
        </message>
        <message>
            <source>Raise a decision request to the steering group</source>
            <translation>Raise a decision request to the steering group</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Project manager: %1</source>
            <translation>Project manager: %1</translation>
        </message>
        <message numerus="yes">
            <source>iterations of %n day(s)</source>
            <translation>
                <numerusform>iterations of %n day</numerusform>
                <numerusform>iterations of %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Goal: %1</source>
            <translation>Goal: %1</translation>
        </message>
        <message>
            <source>no goal set</source>
            <translation>no goal set</translation>
        </message>
        <message>
            <source>day %1 of %2</source>
            <translation>day %1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n item(s), %2 points</source>
            <translation>
                <numerusform>%1: %n item, %2 points</numerusform>
                <numerusform>%1: %n items, %2 points</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 points done (%3)</source>
            <translation>%1 of %2 points done (%3)</translation>
        </message>
        <message>
            <source>No closed iterations yet.</source>
            <translation>No closed iterations yet.</translation>
        </message>
        <message numerus="yes">
            <source>Average completed over the last %n iteration(s): %1 points</source>
            <translation>
                <numerusform>Average completed over the last %n iteration: %1 points</numerusform>
                <numerusform>Average completed over the last %n iterations: %1 points</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of what was committed</source>
            <translation>%1 of what was committed</translation>
        </message>
        <message>
            <source>trend: %1</source>
            <translation>trend: %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>due %1</translation>
        </message>
        <message>
            <source>Action: %1</source>
            <translation>Action: %1</translation>
        </message>
        <message>
            <source>No open decisions or actions from the steering group.</source>
            <translation>No open decisions or actions from the steering group.</translation>
        </message>
    </context>
    <context>
        <name>ProjectTableModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
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
            <translation>Owner</translation>
        </message>
        <message>
            <source>Iterations</source>
            <translation>Iterations</translation>
        </message>
        <message>
            <source>Backlog items</source>
            <translation>Backlog items</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. The current content of %1 is backed up first, so a restore can itself be undone by restoring that copy.</source>
            <translation>Choose the backup to go back to. The current content of %1 is backed up first, so a restore can itself be undone by restoring that copy.</translation>
        </message>
        <message>
            <source>&amp;Backups</source>
            <translation>&amp;Backups</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a backup and Enter to restore it.</source>
            <translation>Use the arrow keys to choose a backup and Enter to restore it.</translation>
        </message>
        <message>
            <source>There are no backups of this database yet.</source>
            <translation>There are no backups of this database yet.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Restore the chosen backup</source>
            <translation>Restore the chosen backup</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Steering</name>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Minutes approved</source>
            <translation>Minutes approved</translation>
        </message>
        <message>
            <source>Iteration review</source>
            <translation>Iteration review</translation>
        </message>
        <message>
            <source>Decision request</source>
            <translation>Decision request</translation>
        </message>
        <message>
            <source>Follow-up of actions</source>
            <translation>Follow-up of actions</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Not yet dealt with</source>
            <translation>Not yet dealt with</translation>
        </message>
        <message>
            <source>Dealt with</source>
            <translation>Dealt with</translation>
        </message>
        <message>
            <source>Moved to the next meeting</source>
            <translation>Moved to the next meeting</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Change of scope</source>
            <translation>Change of scope</translation>
        </message>
        <message>
            <source>Reprioritise</source>
            <translation>Reprioritise</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Stop or pause</source>
            <translation>Stop or pause</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>Escalate</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Being carried out</source>
            <translation>Being carried out</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Superseded</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>On hold</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Retrospective</source>
            <translation>Retrospective</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Review due</translation>
        </message>
    </context>
    <context>
        <name>SteeringScreens</name>
        <message>
            <source>The decision request is on the next meeting's agenda</source>
            <translation>The decision request is on the next meeting's agenda</translation>
        </message>
        <message>
            <source>New backlog item</source>
            <translation>New backlog item</translation>
        </message>
        <message>
            <source>Title of the new item; it goes to the top of the project's backlog, linked to %1:</source>
            <translation>Title of the new item; it goes to the top of the project's backlog, linked to %1:</translation>
        </message>
        <message>
            <source>Steering</source>
            <translation>Steering</translation>
        </message>
    </context>
    <context>
        <name>SteeringTables</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Attention</source>
            <translation>Attention</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Whole cluster</source>
            <translation>Whole cluster</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>by %1</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
    </context>
    <context>
        <name>SupersedeDialog</name>
        <message>
            <source>Supersede %1</source>
            <translation>Supersede %1</translation>
        </message>
        <message>
            <source>New &amp;decision:</source>
            <translation>New &amp;decision:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>&amp;Rationale:</translation>
        </message>
        <message>
            <source>%1 will be marked superseded by the new decision.</source>
            <translation>%1 will be marked superseded by the new decision.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>Use at least %1 characters.</source>
            <translation>Use at least %1 characters.</translation>
        </message>
        <message>
            <source>Use at most %1 characters.</source>
            <translation>Use at most %1 characters.</translation>
        </message>
        <message>
            <source>Use only letters A–Ö, digits and hyphens, starting with a letter or digit.</source>
            <translation>Use only letters A–Ö, digits and hyphens, starting with a letter or digit.</translation>
        </message>
        <message>
            <source>The value must be at least %1.</source>
            <translation>The value must be at least %1.</translation>
        </message>
        <message>
            <source>The value must be at most %1.</source>
            <translation>The value must be at most %1.</translation>
        </message>
        <message>
            <source>The end date must be on or after the start date.</source>
            <translation>The end date must be on or after the start date.</translation>
        </message>
        <message>
            <source>This is already in use; choose another.</source>
            <translation>This is already in use; choose another.</translation>
        </message>
        <message>
            <source>The chosen record no longer exists.</source>
            <translation>The chosen record no longer exists.</translation>
        </message>
        <message>
            <source>The dates overlap iteration %1.</source>
            <translation>The dates overlap iteration %1.</translation>
        </message>
        <message>
            <source>Iteration %1 is already active; close it before starting another.</source>
            <translation>Iteration %1 is already active; close it before starting another.</translation>
        </message>
        <message>
            <source>Only a planned iteration can be started.</source>
            <translation>Only a planned iteration can be started.</translation>
        </message>
        <message>
            <source>Only the active iteration can be closed.</source>
            <translation>Only the active iteration can be closed.</translation>
        </message>
        <message>
            <source>The iteration still has items; move them first.</source>
            <translation>The iteration still has items; move them first.</translation>
        </message>
        <message>
            <source>The iteration is closed.</source>
            <translation>The iteration is closed.</translation>
        </message>
    </context>
    <context>
        <name>VelocityChart</name>
        <message>
            <source>Velocity chart</source>
            <translation>Velocity chart</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>iteration %1: %2 committed, %3 completed</source>
            <translation>iteration %1: %2 committed, %3 completed</translation>
        </message>
        <message>
            <source>Velocity per iteration: %1.</source>
            <translation>Velocity per iteration: %1.</translation>
        </message>
        <message>
            <source>No closed iterations yet.</source>
            <translation>No closed iterations yet.</translation>
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
            <translation>Committed</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Average of 3</source>
            <translation>Average of 3</translation>
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
            <translation>Committed</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Share done</source>
            <translation>Share done</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>%1 SEK</source>
            <translation>%1 SEK</translation>
        </message>
        <message>
            <source>Goal met</source>
            <translation>Goal met</translation>
        </message>
        <message>
            <source>Goal partly met</source>
            <translation>Goal partly met</translation>
        </message>
        <message>
            <source>Goal not met</source>
            <translation>Goal not met</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>Story</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Improvement</source>
            <translation>Improvement</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Planned</source>
            <comment>iteration state</comment>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Planned</source>
            <comment>project status</comment>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Running</source>
            <comment>project status</comment>
            <translation>Running</translation>
        </message>
        <message>
            <source>Paused</source>
            <comment>project status</comment>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Finished</source>
            <comment>project status</comment>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secretary</translation>
        </message>
        <message>
            <source>Adjunct</source>
            <translation>Adjunct</translation>
        </message>
        <message>
            <source>rising</source>
            <translation>rising</translation>
        </message>
        <message>
            <source>falling</source>
            <translation>falling</translation>
        </message>
        <message>
            <source>steady</source>
            <translation>steady</translation>
        </message>
        <message>
            <source>not enough iterations yet</source>
            <translation>not enough iterations yet</translation>
        </message>
    </context>
</TS>
