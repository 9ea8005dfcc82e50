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
            <translation>Planned</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>%1 so far</source>
            <translation>%1 so far</translation>
        </message>
        <message>
            <source>Actual − planned</source>
            <translation>Actual − planned</translation>
        </message>
        <message>
            <source>Planned so far</source>
            <translation>Planned so far</translation>
        </message>
        <message>
            <source>Spent so far</source>
            <translation>Spent so far</translation>
        </message>
        <message>
            <source>Budget summary</source>
            <translation>Budget summary</translation>
        </message>
        <message>
            <source>Planned and actual cost per period</source>
            <translation>Planned and actual cost per period</translation>
        </message>
        <message>
            <source>Budget per period</source>
            <translation>Budget per period</translation>
        </message>
        <message>
            <source>Cost category</source>
            <translation>Cost category</translation>
        </message>
        <message>
            <source>Planned cost</source>
            <translation>Planned cost</translation>
        </message>
        <message>
            <source>Actual cost</source>
            <translation>Actual cost</translation>
        </message>
        <message>
            <source>Actual &amp;known</source>
            <translation>Actual &amp;known</translation>
        </message>
        <message>
            <source>Actual cost known</source>
            <translation>Actual cost known</translation>
        </message>
        <message>
            <source>&amp;Save line</source>
            <translation>&amp;Save line</translation>
        </message>
        <message>
            <source>Save budget line</source>
            <translation>Save budget line</translation>
        </message>
        <message>
            <source>C&amp;ategory</source>
            <translation>C&amp;ategory</translation>
        </message>
        <message>
            <source>&amp;Planned</source>
            <translation>&amp;Planned</translation>
        </message>
        <message>
            <source>Peri&amp;ods</source>
            <translation>Peri&amp;ods</translation>
        </message>
        <message>
            <source>No budget lines yet. Choose a period and enter the planned cost.</source>
            <translation>No budget lines yet. Choose a period and enter the planned cost.</translation>
        </message>
        <message>
            <source>⚠ Over budget: at this rate the project ends %1 over its budget.</source>
            <translation>⚠ Over budget: at this rate the project ends %1 over its budget.</translation>
        </message>
        <message>
            <source>✔ Within budget: at this rate %1 is left at the end.</source>
            <translation>✔ Within budget: at this rate %1 is left at the end.</translation>
        </message>
        <message>
            <source>Budget %1. Spent so far %2 (%3 of the budget, with %4 of the project's time passed); planned so far %5.</source>
            <translation>Budget %1. Spent so far %2 (%3 of the budget, with %4 of the project's time passed); planned so far %5.</translation>
        </message>
        <message>
            <source>Burn rate %1 per month; forecast at the end (%2): %3.</source>
            <translation>Burn rate %1 per month; forecast at the end (%2): %3.</translation>
        </message>
        <message>
            <source>thousand SEK</source>
            <translation>thousand SEK</translation>
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
            <source>Supe&amp;rsede…</source>
            <translation>Supe&amp;rsede…</translation>
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
            <source>Ed&amp;it action…</source>
            <translation>Ed&amp;it action…</translation>
        </message>
        <message>
            <source>Ed&amp;it action… (F2)</source>
            <translation>Ed&amp;it action… (F2)</translation>
        </message>
        <message>
            <source>Edit the chosen action</source>
            <translation>Edit the chosen action</translation>
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
            <source>The chosen action's history</source>
            <translation>The chosen action's history</translation>
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
        <message>
            <source>Action commands</source>
            <translation>Action commands</translation>
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
        <name>ExportReviewDialog</name>
        <message>
            <source>Export review pack</source>
            <translation>Export review pack</translation>
        </message>
        <message>
            <source>Iteration to review</source>
            <translation>Iteration to review</translation>
        </message>
        <message>
            <source>Iteration {number} ({dates}, {state})</source>
            <translation>Iteration {number} ({dates}, {state})</translation>
        </message>
        <message>
            <source>Language of the pack</source>
            <translation>Language of the pack</translation>
        </message>
        <message>
            <source>File to write</source>
            <translation>File to write</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Choose where to save the pack</source>
            <translation>Choose where to save the pack</translation>
        </message>
        <message>
            <source>An Excel workbook for the steering group, ready to print: summary and status, delivered and not delivered items, indicators, decisions and actions, the retrospective, participants and budget, burndown and velocity charts.</source>
            <translation>An Excel workbook for the steering group, ready to print: summary and status, delivered and not delivered items, indicators, decisions and actions, the retrospective, participants and budget, burndown and velocity charts.</translation>
        </message>
        <message>
            <source>&amp;Iteration:</source>
            <translation>&amp;Iteration:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Export result</source>
            <translation>Export result</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>review-{project}-iteration-{number}</source>
            <translation>review-{project}-iteration-{number}</translation>
        </message>
        <message>
            <source>Save the review pack</source>
            <translation>Save the review pack</translation>
        </message>
        <message>
            <source>Excel workbooks</source>
            <translation>Excel workbooks</translation>
        </message>
        <message>
            <source>Choose an iteration and a file.</source>
            <translation>Choose an iteration and a file.</translation>
        </message>
        <message>
            <source>The pack could not be written: {reason}</source>
            <translation>The pack could not be written: {reason}</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Import backlog</source>
            <translation>Import backlog</translation>
        </message>
        <message>
            <source>Choose a project in the navigation first.</source>
            <translation>Choose a project in the navigation first.</translation>
        </message>
        <message numerus="yes">
            <source>Import %n item(s)</source>
            <translation>
                <numerusform>Import %n item</numerusform>
                <numerusform>Import %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) imported into the backlog</source>
            <translation>
                <numerusform>%n item imported into the backlog</numerusform>
                <numerusform>%n items imported into the backlog</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the backlog as an import template</source>
            <translation>Save the backlog as an import template</translation>
        </message>
        <message>
            <source>backlog-template</source>
            <translation>backlog-template</translation>
        </message>
        <message>
            <source>Excel workbooks</source>
            <translation>Excel workbooks</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Save template</translation>
        </message>
        <message>
            <source>The template could not be saved: {reason}</source>
            <translation>The template could not be saved: {reason}</translation>
        </message>
        <message>
            <source>Template saved as {path}</source>
            <translation>Template saved as {path}</translation>
        </message>
        <message>
            <source>Export review pack</source>
            <translation>Export review pack</translation>
        </message>
        <message>
            <source>Review pack saved as {path}</source>
            <translation>Review pack saved as {path}</translation>
        </message>
        <message>
            <source>Export meeting pack</source>
            <translation>Export meeting pack</translation>
        </message>
        <message>
            <source>Choose a steering cluster with meetings, or one of its projects.</source>
            <translation>Choose a steering cluster with meetings, or one of its projects.</translation>
        </message>
        <message>
            <source>meeting-{cluster}-{date}</source>
            <translation>meeting-{cluster}-{date}</translation>
        </message>
        <message>
            <source>The meeting pack could not be written: {reason}</source>
            <translation>The meeting pack could not be written: {reason}</translation>
        </message>
        <message>
            <source>Meeting pack saved as {path}</source>
            <translation>Meeting pack saved as {path}</translation>
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
        <name>FollowUpList</name>
        <message>
            <source>Open actions and decision re&amp;quests:</source>
            <translation>Open actions and decision re&amp;quests:</translation>
        </message>
        <message>
            <source>Open actions and decision requests</source>
            <translation>Open actions and decision requests</translation>
        </message>
        <message>
            <source>Ed&amp;it action…</source>
            <translation>Ed&amp;it action…</translation>
        </message>
        <message>
            <source>&amp;Withdraw request…</source>
            <translation>&amp;Withdraw request…</translation>
        </message>
        <message>
            <source>Ed&amp;it action… (F2)</source>
            <translation>Ed&amp;it action… (F2)</translation>
        </message>
        <message>
            <source>Edit the chosen action</source>
            <translation>Edit the chosen action</translation>
        </message>
        <message>
            <source>&amp;Withdraw request… (Del)</source>
            <translation>&amp;Withdraw request… (Del)</translation>
        </message>
        <message>
            <source>Withdraw the chosen decision request</source>
            <translation>Withdraw the chosen decision request</translation>
        </message>
        <message>
            <source>Action: %1</source>
            <translation>Action: %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>due %1</translation>
        </message>
        <message>
            <source>Decision request: %1</source>
            <translation>Decision request: %1</translation>
        </message>
        <message>
            <source>needed by %1</source>
            <translation>needed by %1</translation>
        </message>
        <message>
            <source>Follow-up commands</source>
            <translation>Follow-up commands</translation>
        </message>
    </context>
    <context>
        <name>GroupPage</name>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>&amp;Meetings and decisions (Ctrl+Shift+M)</source>
            <translation>&amp;Meetings and decisions (Ctrl+Shift+M)</translation>
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
        <name>ImportBacklogDialog</name>
        <message>
            <source>the Improve Desktop template</source>
            <translation>the Improve Desktop template</translation>
        </message>
        <message>
            <source>a Jira export</source>
            <translation>a Jira export</translation>
        </message>
        <message>
            <source>a Trello export</source>
            <translation>a Trello export</translation>
        </message>
        <message>
            <source>a Taiga export</source>
            <translation>a Taiga export</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
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
            <source>Iteration</source>
            <translation>Iteration</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methods</translation>
        </message>
        <message>
            <source>Import backlog into {project}</source>
            <translation>Import backlog into {project}</translation>
        </message>
        <message>
            <source>Bring items in from the Improve Desktop template or from a Jira, Trello or Taiga export (CSV, Excel or Trello JSON). The whole file is checked first; nothing is stored until you import, and nothing at all if a row has an error.</source>
            <translation>Bring items in from the Improve Desktop template or from a Jira, Trello or Taiga export (CSV, Excel or Trello JSON). The whole file is checked first; nothing is stored until you import, and nothing at all if a row has an error.</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Choose file…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Choose the file to import</translation>
        </message>
        <message>
            <source>Save &amp;template…</source>
            <translation>Save &amp;template…</translation>
        </message>
        <message>
            <source>Save an empty import template</source>
            <translation>Save an empty import template</translation>
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation>No file chosen yet.</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>What the file holds</translation>
        </message>
        <message>
            <source>Items that will be imported</source>
            <translation>Items that will be imported</translation>
        </message>
        <message>
            <source>It&amp;ems</source>
            <translation>It&amp;ems</translation>
        </message>
        <message>
            <source>Problems and notes, row by row</source>
            <translation>Problems and notes, row by row</translation>
        </message>
        <message>
            <source>&amp;Problems and notes</source>
            <translation>&amp;Problems and notes</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Import the items</source>
            <translation>Import the items</translation>
        </message>
        <message>
            <source>Choose a backlog file</source>
            <translation>Choose a backlog file</translation>
        </message>
        <message>
            <source>Backlog files</source>
            <translation>Backlog files</translation>
        </message>
        <message>
            <source>Save the import template</source>
            <translation>Save the import template</translation>
        </message>
        <message>
            <source>backlog-template</source>
            <translation>backlog-template</translation>
        </message>
        <message>
            <source>Excel workbooks</source>
            <translation>Excel workbooks</translation>
        </message>
        <message>
            <source>The template could not be saved: {reason}</source>
            <translation>The template could not be saved: {reason}</translation>
        </message>
        <message>
            <source>The template was saved as {path}.</source>
            <translation>The template was saved as {path}.</translation>
        </message>
        <message>
            <source>{file} cannot be imported: {reason}</source>
            <translation>{file} cannot be imported: {reason}</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) from {source}</source>
            <translation>
                <numerusform>%n item from {source}</numerusform>
                <numerusform>%n items from {source}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n archived card(s) left out)</source>
            <translation>
                <numerusform>(%n archived card left out)</numerusform>
                <numerusform>(%n archived cards left out)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s) must be corrected in the file before it can be imported; nothing will be stored.</source>
            <translation>
                <numerusform>%n error must be corrected in the file before it can be imported; nothing will be stored.</numerusform>
                <numerusform>%n errors must be corrected in the file before it can be imported; nothing will be stored.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to import.</source>
            <translation>There is nothing to import.</translation>
        </message>
        <message>
            <source>Ready to import.</source>
            <translation>Ready to import.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n item(s)</source>
            <translation>
                <numerusform>&amp;Import %n item</numerusform>
                <numerusform>&amp;Import %n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportText</name>
        <message>
            <source>There is no file {path}.</source>
            <translation>There is no file {path}.</translation>
        </message>
        <message>
            <source>The file is {size_mb} MB; the limit is {limit_mb} MB.</source>
            <translation>The file is {size_mb} MB; the limit is {limit_mb} MB.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>Files ending in {suffix} cannot be imported. Use .csv, .xlsx or .json.</source>
            <translation>Files ending in {suffix} cannot be imported. Use .csv, .xlsx or .json.</translation>
        </message>
        <message>
            <source>The file is not text in UTF-8 or Windows-1252.</source>
            <translation>The file is not text in UTF-8 or Windows-1252.</translation>
        </message>
        <message>
            <source>The file has more than {limit} rows.</source>
            <translation>The file has more than {limit} rows.</translation>
        </message>
        <message>
            <source>The file has more than {limit} columns.</source>
            <translation>The file has more than {limit} columns.</translation>
        </message>
        <message>
            <source>Row {row} holds a cell longer than {limit} characters.</source>
            <translation>Row {row} holds a cell longer than {limit} characters.</translation>
        </message>
        <message>
            <source>The file is not valid CSV (line {line}: {reason}).</source>
            <translation>The file is not valid CSV (line {line}: {reason}).</translation>
        </message>
        <message>
            <source>The file is not a readable Excel workbook (.xlsx).</source>
            <translation>The file is not a readable Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <source>The workbook unpacks to far more than its size, so it was not opened.</source>
            <translation>The workbook unpacks to far more than its size, so it was not opened.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line {line}).</source>
            <translation>The file is not valid JSON (line {line}).</translation>
        </message>
        <message>
            <source>The JSON file is not a Trello board export.</source>
            <translation>The JSON file is not a Trello board export.</translation>
        </message>
        <message>
            <source>The columns ({columns}) are not those of our template or of a Jira, Trello or Taiga export.</source>
            <translation>The columns ({columns}) are not those of our template or of a Jira, Trello or Taiga export.</translation>
        </message>
        <message>
            <source>The file has no column for the items' titles.</source>
            <translation>The file has no column for the items' titles.</translation>
        </message>
        <message>
            <source>The title is empty.</source>
            <translation>The title is empty.</translation>
        </message>
        <message>
            <source>The text is {length} characters long; at most {limit} fit.</source>
            <translation>The text is {length} characters long; at most {limit} fit.</translation>
        </message>
        <message>
            <source>The estimate “{value}” is not a number.</source>
            <translation>The estimate “{value}” is not a number.</translation>
        </message>
        <message>
            <source>The estimate “{value}” is outside 0–1000 points.</source>
            <translation>The estimate “{value}” is outside 0–1000 points.</translation>
        </message>
        <message>
            <source>The estimate {value} was rounded up to {rounded} points.</source>
            <translation>The estimate {value} was rounded up to {rounded} points.</translation>
        </message>
        <message>
            <source>The status “{value}” is not known; the item is read as To do.</source>
            <translation>The status “{value}” is not known; the item is read as To do.</translation>
        </message>
        <message>
            <source>The type “{value}” is not known; the item is read as a story.</source>
            <translation>The type “{value}” is not known; the item is read as a story.</translation>
        </message>
        <message>
            <source>No iteration matches “{value}”; the item goes to the backlog.</source>
            <translation>No iteration matches “{value}”; the item goes to the backlog.</translation>
        </message>
        <message>
            <source>Iteration {number} is closed; the unfinished item goes to the backlog.</source>
            <translation>Iteration {number} is closed; the unfinished item goes to the backlog.</translation>
        </message>
        <message>
            <source>The label “{value}” matches no method and is left out (items with it: {count}).</source>
            <translation>The label “{value}” matches no method and is left out (items with it: {count}).</translation>
        </message>
        <message>
            <source>The card is not in Trello's format.</source>
            <translation>The card is not in Trello's format.</translation>
        </message>
        <message>
            <source>Whole file</source>
            <translation>Whole file</translation>
        </message>
        <message>
            <source>Row {row}, {column}</source>
            <translation>Row {row}, {column}</translation>
        </message>
    </context>
    <context>
        <name>IndicatorChart</name>
        <message>
            <source>Indicator trend chart</source>
            <translation>Indicator trend chart</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Ordinary operations</source>
            <translation>Ordinary operations</translation>
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
            <translation>New indicator</translation>
        </message>
        <message>
            <source>Edit indicator</source>
            <translation>Edit indicator</translation>
        </message>
        <message>
            <source>e.g. %, st, kr</source>
            <translation>e.g. %, st, kr</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>not set</translation>
        </message>
        <message>
            <source>e.g. SUS, participant survey</source>
            <translation>e.g. SUS, participant survey</translation>
        </message>
        <message>
            <source>(no node)</source>
            <translation>(no node)</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unit</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>&amp;Direction</translation>
        </message>
        <message>
            <source>&amp;Baseline</source>
            <translation>&amp;Baseline</translation>
        </message>
        <message>
            <source>&amp;Target</source>
            <translation>&amp;Target</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;Source</translation>
        </message>
        <message>
            <source>&amp;Measures node</source>
            <translation>&amp;Measures node</translation>
        </message>
        <message>
            <source>Add indicator</source>
            <translation>Add indicator</translation>
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
            <source>Fields marked * are required. Leave baseline and target empty when they are not known yet.</source>
            <translation>Fields marked * are required. Leave baseline and target empty when they are not known yet.</translation>
        </message>
        <message>
            <source>Give the indicator a name.</source>
            <translation>Give the indicator a name.</translation>
        </message>
        <message>
            <source>“%1” is not a number.</source>
            <translation>“%1” is not a number.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorPanel</name>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>&amp;Indicators</translation>
        </message>
        <message>
            <source>Add &amp;starter indicators</source>
            <translation>Add &amp;starter indicators</translation>
        </message>
        <message>
            <source>Add starter indicators</source>
            <translation>Add starter indicators</translation>
        </message>
        <message>
            <source>&amp;New indicator…</source>
            <translation>&amp;New indicator…</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>New indicator</translation>
        </message>
        <message>
            <source>E&amp;dit indicator…</source>
            <translation>E&amp;dit indicator…</translation>
        </message>
        <message>
            <source>Edit indicator</source>
            <translation>Edit indicator</translation>
        </message>
        <message>
            <source>De&amp;lete indicator</source>
            <translation>De&amp;lete indicator</translation>
        </message>
        <message>
            <source>Delete indicator</source>
            <translation>Delete indicator</translation>
        </message>
        <message>
            <source>Insert adds an indicator, F2 edits the chosen one, Delete deletes it.</source>
            <translation>Insert adds an indicator, F2 edits the chosen one, Delete deletes it.</translation>
        </message>
        <message>
            <source>Status against the target</source>
            <translation>Status against the target</translation>
        </message>
        <message>
            <source>Indicator summary</source>
            <translation>Indicator summary</translation>
        </message>
        <message>
            <source>Indicator values per iteration</source>
            <translation>Indicator values per iteration</translation>
        </message>
        <message>
            <source>Iteration of the value</source>
            <translation>Iteration of the value</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>&amp;Record value</source>
            <translation>&amp;Record value</translation>
        </message>
        <message>
            <source>Record value</source>
            <translation>Record value</translation>
        </message>
        <message>
            <source>&amp;Value for</source>
            <translation>&amp;Value for</translation>
        </message>
        <message>
            <source>Reference value</source>
            <translation>Reference value</translation>
        </message>
        <message>
            <source>Source of the reference value</source>
            <translation>Source of the reference value</translation>
        </message>
        <message>
            <source>Source, e.g. ordinary operations 2025</source>
            <translation>Source, e.g. ordinary operations 2025</translation>
        </message>
        <message>
            <source>Add re&amp;ference</source>
            <translation>Add re&amp;ference</translation>
        </message>
        <message>
            <source>Add reference value</source>
            <translation>Add reference value</translation>
        </message>
        <message>
            <source>Ordinary operations (r&amp;eference)</source>
            <translation>Ordinary operations (r&amp;eference)</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Save &amp;target</source>
            <translation>Save &amp;target</translation>
        </message>
        <message>
            <source>Save baseline and target</source>
            <translation>Save baseline and target</translation>
        </message>
        <message>
            <source>&amp;Baseline</source>
            <translation>&amp;Baseline</translation>
        </message>
        <message>
            <source>Tar&amp;get</source>
            <translation>Tar&amp;get</translation>
        </message>
        <message>
            <source>No indicators yet</source>
            <translation>No indicators yet</translation>
        </message>
        <message>
            <source>Add the starter indicators, or your own, to begin measuring.</source>
            <translation>Add the starter indicators, or your own, to begin measuring.</translation>
        </message>
        <message>
            <source>Latest %1, baseline %2, target %3 (%4).</source>
            <translation>Latest %1, baseline %2, target %3 (%4).</translation>
        </message>
        <message>
            <source>%1 of the project period has passed; the status compares the progress with that.</source>
            <translation>%1 of the project period has passed; the status compares the progress with that.</translation>
        </message>
        <message>
            <source>Ordinary operations: %1 (%2).</source>
            <translation>Ordinary operations: %1 (%2).</translation>
        </message>
        <message>
            <source>Source: %1.</source>
            <translation>Source: %1.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorTableModel</name>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Latest</translation>
        </message>
        <message>
            <source>Baseline → target</source>
            <translation>Baseline → target</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
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
        <name>LessonEditDialog</name>
        <message>
            <source>Write a lesson</source>
            <translation>Write a lesson</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>What we learned, in one line</source>
            <translation>What we learned, in one line</translation>
        </message>
        <message>
            <source>What happened and what we would do again</source>
            <translation>What happened and what we would do again</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>No project</source>
            <translation>No project</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>No method</source>
            <translation>No method</translation>
        </message>
        <message>
            <source>Target groups, separated by commas</source>
            <translation>Target groups, separated by commas</translation>
        </message>
        <message>
            <source>e.g. unga, nyanlända</source>
            <translation>e.g. unga, nyanlända</translation>
        </message>
        <message>
            <source>Themes, separated by commas</source>
            <translation>Themes, separated by commas</translation>
        </message>
        <message>
            <source>e.g. samverkan, arbetsgivare</source>
            <translation>e.g. samverkan, arbetsgivare</translation>
        </message>
        <message>
            <source>Learned on</source>
            <translation>Learned on</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>Te&amp;xt</source>
            <translation>Te&amp;xt</translation>
        </message>
        <message>
            <source>&amp;Project</source>
            <translation>&amp;Project</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Method</translation>
        </message>
        <message>
            <source>Target &amp;groups</source>
            <translation>Target &amp;groups</translation>
        </message>
        <message>
            <source>T&amp;hemes</source>
            <translation>T&amp;hemes</translation>
        </message>
        <message>
            <source>&amp;Learned on</source>
            <translation>&amp;Learned on</translation>
        </message>
        <message>
            <source>The organisation and locality are the project's.</source>
            <translation>The organisation and locality are the project's.</translation>
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
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>All methods</source>
            <translation>All methods</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>All tags</translation>
        </message>
        <message>
            <source>Learned on or after</source>
            <translation>Learned on or after</translation>
        </message>
        <message>
            <source>Learned on or before</source>
            <translation>Learned on or before</translation>
        </message>
        <message>
            <source>&amp;Locality</source>
            <translation>&amp;Locality</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Method</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <source>Learned s&amp;ince</source>
            <translation>Learned s&amp;ince</translation>
        </message>
        <message>
            <source>Learned &amp;until</source>
            <translation>Learned &amp;until</translation>
        </message>
        <message>
            <source>Lessons found</source>
            <translation>Lessons found</translation>
        </message>
        <message>
            <source>Lesson text</source>
            <translation>Lesson text</translation>
        </message>
        <message>
            <source>&amp;Open in context</source>
            <translation>&amp;Open in context</translation>
        </message>
        <message>
            <source>Open the lesson where it was learned</source>
            <translation>Open the lesson where it was learned</translation>
        </message>
        <message>
            <source>&amp;Write a lesson…</source>
            <translation>&amp;Write a lesson…</translation>
        </message>
        <message>
            <source>Write a lesson</source>
            <translation>Write a lesson</translation>
        </message>
        <message>
            <source>any date</source>
            <translation>any date</translation>
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
        <message>
            <source>Written directly</source>
            <translation>Written directly</translation>
        </message>
        <message>
            <source>Learned %1</source>
            <translation>Learned %1</translation>
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
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Learned</source>
            <translation>Learned</translation>
        </message>
    </context>
    <context>
        <name>LogicModelEditor</name>
        <message>
            <source>Logic model</source>
            <translation>Logic model</translation>
        </message>
        <message>
            <source>Impact at the top, activities at the bottom. Insert adds a node below the selected one, F2 renames, Delete deletes, Alt+Up and Alt+Down reorder.</source>
            <translation>Impact at the top, activities at the bottom. Insert adds a node below the selected one, F2 renames, Delete deletes, Alt+Up and Alt+Down reorder.</translation>
        </message>
        <message>
            <source>&amp;Logic model</source>
            <translation>&amp;Logic model</translation>
        </message>
        <message>
            <source>Title of the new node</source>
            <translation>Title of the new node</translation>
        </message>
        <message>
            <source>Level of the new node</source>
            <translation>Level of the new node</translation>
        </message>
        <message>
            <source>&amp;Add node</source>
            <translation>&amp;Add node</translation>
        </message>
        <message>
            <source>Add node</source>
            <translation>Add node</translation>
        </message>
        <message>
            <source>&amp;Delete node</source>
            <translation>&amp;Delete node</translation>
        </message>
        <message>
            <source>Delete node</source>
            <translation>Delete node</translation>
        </message>
        <message>
            <source>Links up to</source>
            <translation>Links up to</translation>
        </message>
        <message>
            <source>Indicators measuring this node</source>
            <translation>Indicators measuring this node</translation>
        </message>
        <message>
            <source>Enter opens the chosen indicator on the Indicators page.</source>
            <translation>Enter opens the chosen indicator on the Indicators page.</translation>
        </message>
        <message>
            <source>Methods used in this activity</source>
            <translation>Methods used in this activity</translation>
        </message>
        <message>
            <source>Backlog items linked to this activity</source>
            <translation>Backlog items linked to this activity</translation>
        </message>
        <message>
            <source>Backlog item to link</source>
            <translation>Backlog item to link</translation>
        </message>
        <message>
            <source>Lin&amp;k item</source>
            <translation>Lin&amp;k item</translation>
        </message>
        <message>
            <source>Link item</source>
            <translation>Link item</translation>
        </message>
        <message>
            <source>U&amp;nlink item</source>
            <translation>U&amp;nlink item</translation>
        </message>
        <message>
            <source>Unlink item</source>
            <translation>Unlink item</translation>
        </message>
        <message>
            <source>Links &amp;up to</source>
            <translation>Links &amp;up to</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>&amp;Indicators</translation>
        </message>
        <message>
            <source>&amp;Methods</source>
            <translation>&amp;Methods</translation>
        </message>
        <message>
            <source>Linked i&amp;tems</source>
            <translation>Linked i&amp;tems</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Node</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methods</translation>
        </message>
        <message>
            <source>Backlog items linked to the activities under this node</source>
            <translation>Backlog items linked to the activities under this node</translation>
        </message>
        <message>
            <source>No node chosen. Add the project's impact first, then outcomes, outputs and activities.</source>
            <translation>No node chosen. Add the project's impact first, then outcomes, outputs and activities.</translation>
        </message>
        <message>
            <source>(not linked)</source>
            <translation>(not linked)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>(none, through its activities)</source>
            <translation>(none, through its activities)</translation>
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
            <source>Retrospective</source>
            <translation>Retrospective</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
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
            <source>&amp;Import backlog…</source>
            <translation>&amp;Import backlog…</translation>
        </message>
        <message>
            <source>Bring in items from the template or a Jira, Trello or Taiga export</source>
            <translation>Bring in items from the template or a Jira, Trello or Taiga export</translation>
        </message>
        <message>
            <source>Save backlog as &amp;template…</source>
            <translation>Save backlog as &amp;template…</translation>
        </message>
        <message>
            <source>An Excel file to fill in and import; holds the project's backlog</source>
            <translation>An Excel file to fill in and import; holds the project's backlog</translation>
        </message>
        <message>
            <source>&amp;Export review pack…</source>
            <translation>&amp;Export review pack…</translation>
        </message>
        <message>
            <source>An Excel workbook of one iteration for the steering group</source>
            <translation>An Excel workbook of one iteration for the steering group</translation>
        </message>
        <message>
            <source>Export meeting pac&amp;k…</source>
            <translation>Export meeting pac&amp;k…</translation>
        </message>
        <message>
            <source>An Excel workbook for a steering meeting: agenda, the projects' latest reviews, open actions and the minutes</source>
            <translation>An Excel workbook for a steering meeting: agenda, the projects' latest reviews, open actions and the minutes</translation>
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
            <source>Retrospecti&amp;ve</source>
            <translation>Retrospecti&amp;ve</translation>
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
            <source>Res&amp;ults</source>
            <translation>Res&amp;ults</translation>
        </message>
        <message>
            <source>Bud&amp;get</source>
            <translation>Bud&amp;get</translation>
        </message>
        <message>
            <source>Method → re&amp;sult…</source>
            <translation>Method → re&amp;sult…</translation>
        </message>
        <message>
            <source>Compare the results of the working methods across every project</source>
            <translation>Compare the results of the working methods across every project</translation>
        </message>
        <message>
            <source>Small-count thr&amp;eshold…</source>
            <translation>Small-count thr&amp;eshold…</translation>
        </message>
        <message>
            <source>Below how many participants a count is shown as &lt;N</source>
            <translation>Below how many participants a count is shown as &lt;N</translation>
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
        <message>
            <source>Method → result exported to %1</source>
            <translation>Method → result exported to %1</translation>
        </message>
        <message>
            <source>Counts below %1 are now shown as &lt;%1</source>
            <translation>Counts below %1 are now shown as &lt;%1</translation>
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
            <translation>Date</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Way to target</source>
            <translation>Way to target</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
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
        <message>
            <source>Nothing more is written for this item. Type a decision or an action, or go on with Page Down.</source>
            <translation>Nothing more is written for this item. Type a decision or an action, or go on with Page Down.</translation>
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
            <source>Leave meeting mode</source>
            <translation>Leave meeting mode</translation>
        </message>
        <message>
            <source>&amp;Leave</source>
            <translation>&amp;Leave</translation>
        </message>
        <message>
            <source>&amp;End meeting</source>
            <translation>&amp;End meeting</translation>
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
            <source>Nothing recorded yet. Type a decision below and press Enter; it is saved at once.</source>
            <translation>Nothing recorded yet. Type a decision below and press Enter; it is saved at once.</translation>
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
            <source>Enter saves · Ctrl+D decision · Ctrl+T action · Ctrl+M note · Ctrl+N new agenda item · Ctrl+O owner · Ctrl+U due date · Page Down marks the item dealt with and goes on · Page Up previous item · Ctrl+Shift+E ends the meeting · Esc leaves</source>
            <translation>Enter saves · Ctrl+D decision · Ctrl+T action · Ctrl+M note · Ctrl+N new agenda item · Ctrl+O owner · Ctrl+U due date · Page Down marks the item dealt with and goes on · Page Up previous item · Ctrl+Shift+E ends the meeting · Esc leaves</translation>
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
            <source>A&amp;genda:</source>
            <translation>A&amp;genda:</translation>
        </message>
        <message>
            <source>Agenda of the chosen meeting</source>
            <translation>Agenda of the chosen meeting</translation>
        </message>
        <message>
            <source>Edit agenda &amp;item…</source>
            <translation>Edit agenda &amp;item…</translation>
        </message>
        <message>
            <source>&amp;Withdraw the decision request…</source>
            <translation>&amp;Withdraw the decision request…</translation>
        </message>
        <message>
            <source>Edit agenda &amp;item… (F2)</source>
            <translation>Edit agenda &amp;item… (F2)</translation>
        </message>
        <message>
            <source>Edit the chosen agenda item</source>
            <translation>Edit the chosen agenda item</translation>
        </message>
        <message>
            <source>&amp;Withdraw request… (Del)</source>
            <translation>&amp;Withdraw request… (Del)</translation>
        </message>
        <message>
            <source>Withdraw the decision request of the chosen agenda item</source>
            <translation>Withdraw the decision request of the chosen agenda item</translation>
        </message>
        <message>
            <source>The minutes are approved and are no longer changed.</source>
            <translation>The minutes are approved and are no longer changed.</translation>
        </message>
        <message>
            <source>Agenda item commands</source>
            <translation>Agenda item commands</translation>
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
        <name>MethodResults</name>
        <message>
            <source>⚠ Too few to conclude anything</source>
            <translation>⚠ Too few to conclude anything</translation>
        </message>
        <message>
            <source>▲ Better with the method</source>
            <translation>▲ Better with the method</translation>
        </message>
        <message>
            <source>▼ Worse with the method</source>
            <translation>▼ Worse with the method</translation>
        </message>
        <message>
            <source>● No clear difference</source>
            <translation>● No clear difference</translation>
        </message>
        <message>
            <source>iterations: %1 · projects: %2 · points: %3</source>
            <translation>iterations: %1 · projects: %2 · points: %3</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Used in</source>
            <translation>Used in</translation>
        </message>
        <message>
            <source>Main indicator</source>
            <translation>Main indicator</translation>
        </message>
        <message>
            <source>(none linked)</source>
            <translation>(none linked)</translation>
        </message>
        <message>
            <source>Improvement
with</source>
            <translation>Improvement
with</translation>
        </message>
        <message>
            <source>Improvement
without</source>
            <translation>Improvement
without</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Ordinary
operations</source>
            <translation>Ordinary
operations</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>With the method
(iterations, projects)</source>
            <translation>With the method
(iterations, projects)</translation>
        </message>
        <message>
            <source>Without the method
(iterations, projects)</source>
            <translation>Without the method
(iterations, projects)</translation>
        </message>
        <message>
            <source>Mean level
with / without</source>
            <translation>Mean level
with / without</translation>
        </message>
        <message>
            <source>Ordinary operations</source>
            <translation>Ordinary operations</translation>
        </message>
    </context>
    <context>
        <name>MethodResultsDialog</name>
        <message>
            <source>Method → result</source>
            <translation>Method → result</translation>
        </message>
        <message>
            <source>For each method: the projects and iterations that worked with it (backlog items tagged with the method), the effort in points, and how the indicators linked to it in the logic models moved per iteration, with and without the method, next to ordinary operations. Improvement = how far an indicator moved towards its target since the project's previous measurement (negative: away from it).</source>
            <translation>For each method: the projects and iterations that worked with it (backlog items tagged with the method), the effort in points, and how the indicators linked to it in the logic models moved per iteration, with and without the method, next to ordinary operations. Improvement = how far an indicator moved towards its target since the project's previous measurement (negative: away from it).</translation>
        </message>
        <message>
            <source>⚠ This shows association, not cause: projects differ in more than their methods. With fewer than %1 iterations in a group, or fewer than %2 projects using the method, the numbers are too few to conclude anything.</source>
            <translation>⚠ This shows association, not cause: projects differ in more than their methods. With fewer than %1 iterations in a group, or fewer than %2 projects using the method, the numbers are too few to conclude anything.</translation>
        </message>
        <message>
            <source>Methods and their results</source>
            <translation>Methods and their results</translation>
        </message>
        <message>
            <source>&amp;Methods</source>
            <translation>&amp;Methods</translation>
        </message>
        <message>
            <source>Where the method was used</source>
            <translation>Where the method was used</translation>
        </message>
        <message>
            <source>Linked indicators</source>
            <translation>Linked indicators</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&amp;Export to Excel…</source>
            <translation>&amp;Export to Excel…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>%1 – iterations %2 (%3 points)</source>
            <translation>%1 – iterations %2 (%3 points)</translation>
        </message>
        <message>
            <source>and %1 more projects</source>
            <translation>and %1 more projects</translation>
        </message>
        <message>
            <source>Iterations: %1 · projects: %2 · period %3. %4.</source>
            <translation>Iterations: %1 · projects: %2 · period %3. %4.</translation>
        </message>
        <message>
            <source>No backlog item in any iteration is tagged with this method yet.</source>
            <translation>No backlog item in any iteration is tagged with this method yet.</translation>
        </message>
        <message>
            <source>⚠ No indicator is linked to this method: link the method to an activity in a project's logic model.</source>
            <translation>⚠ No indicator is linked to this method: link the method to an activity in a project's logic model.</translation>
        </message>
        <message>
            <source>⚠ Too few to conclude anything: the method was used in %1 iteration(s) of %2 project(s). Read the figures as a hint at most.</source>
            <translation>⚠ Too few to conclude anything: the method was used in %1 iteration(s) of %2 project(s). Read the figures as a hint at most.</translation>
        </message>
        <message>
            <source>Export method → result</source>
            <translation>Export method → result</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
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
            <source>&amp;Add the six starter indicators</source>
            <translation>&amp;Add the six starter indicators</translation>
        </message>
        <message>
            <source>Add the starter indicators</source>
            <translation>Add the starter indicators</translation>
        </message>
        <message>
            <source>Participants started and ended, share in work or studies at exit, share with increased work or study capacity, cost per participant, participant-rated satisfaction. Baselines and targets are set on the Results tab.</source>
            <translation>Participants started and ended, share in work or studies at exit, share with increased work or study capacity, cost per participant, participant-rated satisfaction. Baselines and targets are set on the Results tab.</translation>
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
        <name>ParticipantImport</name>
        <message>
            <source>Period (quarter, month or date)</source>
            <translation>Period (quarter, month or date)</translation>
        </message>
        <message>
            <source>Period start</source>
            <translation>Period start</translation>
        </message>
        <message>
            <source>Period end</source>
            <translation>Period end</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Age band</translation>
        </message>
        <message>
            <source>Participants started</source>
            <translation>Participants started</translation>
        </message>
        <message>
            <source>Participants ended</source>
            <translation>Participants ended</translation>
        </message>
        <message>
            <source>Ended to: %1</source>
            <translation>Ended to: %1</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
    </context>
    <context>
        <name>ParticipantImportDialog</name>
        <message>
            <source>Import participant figures</source>
            <translation>Import participant figures</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>File to import</translation>
        </message>
        <message>
            <source>A CSV or XLSX export with aggregated figures</source>
            <translation>A CSV or XLSX export with aggregated figures</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Browse for the file</source>
            <translation>Browse for the file</translation>
        </message>
        <message>
            <source>&amp;Read file</source>
            <translation>&amp;Read file</translation>
        </message>
        <message>
            <source>Read file</source>
            <translation>Read file</translation>
        </message>
        <message>
            <source>Source of the file</source>
            <translation>Source of the file</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;Source</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Which column holds what</translation>
        </message>
        <message>
            <source>Rows that would be imported</source>
            <translation>Rows that would be imported</translation>
        </message>
        <message>
            <source>Problems found in the file</source>
            <translation>Problems found in the file</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Dry run: what would be imported</source>
            <translation>&amp;Dry run: what would be imported</translation>
        </message>
        <message>
            <source>Participant figures</source>
            <translation>Participant figures</translation>
        </message>
        <message>
            <source>Exports (*.csv *.xlsx);;All files (*)</source>
            <translation>Exports (*.csv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <source>✖ Refused: the file holds a personal identity number in column %1, row %2. Only aggregated figures may be imported. Nothing was stored; remove the column and export again.</source>
            <translation>✖ Refused: the file holds a personal identity number in column %1, row %2. Only aggregated figures may be imported. Nothing was stored; remove the column and export again.</translation>
        </message>
        <message>
            <source>✖ The file could not be read: %1</source>
            <translation>✖ The file could not be read: %1</translation>
        </message>
        <message>
            <source>The file has %1 rows and %2 columns. Check which column holds what.</source>
            <translation>The file has %1 rows and %2 columns. Check which column holds what.</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(not in the file)</translation>
        </message>
        <message>
            <source>✔ Rows: %1 · periods: %2 · started: %3 · ended: %4. Nothing is stored until you choose Import; rows for the same period, gender and age band replace those stored, and Edit → Undo puts them back.</source>
            <translation>✔ Rows: %1 · periods: %2 · started: %3 · ended: %4. Nothing is stored until you choose Import; rows for the same period, gender and age band replace those stored, and Edit → Undo puts them back.</translation>
        </message>
        <message>
            <source>✖ %1 problems: nothing can be imported until they are fixed in the file or the mapping.</source>
            <translation>✖ %1 problems: nothing can be imported until they are fixed in the file or the mapping.</translation>
        </message>
        <message>
            <source>✖ Nothing was imported: %1</source>
            <translation>✖ Nothing was imported: %1</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>%1: %2 years</source>
            <translation>%1: %2 years</translation>
        </message>
        <message>
            <source>Exit: %1</source>
            <translation>Exit: %1</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Hidden so that a small count in the same breakdown cannot be worked out from the total</source>
            <translation>Hidden so that a small count in the same breakdown cannot be worked out from the total</translation>
        </message>
        <message>
            <source>Participant figures per period</source>
            <translation>Participant figures per period</translation>
        </message>
        <message>
            <source>&amp;Participants (aggregated, as reported to SUS)</source>
            <translation>&amp;Participants (aggregated, as reported to SUS)</translation>
        </message>
        <message>
            <source>Counts below %1 are shown as &lt;%1 so that no one can be recognised; they are stored as reported.</source>
            <translation>Counts below %1 are shown as &lt;%1 so that no one can be recognised; they are stored as reported.</translation>
        </message>
        <message>
            <source>%1: hidden so that a small count in the same breakdown cannot be worked out from the total.</source>
            <translation>%1: hidden so that a small count in the same breakdown cannot be worked out from the total.</translation>
        </message>
        <message>
            <source>&amp;Import participant figures…</source>
            <translation>&amp;Import participant figures…</translation>
        </message>
        <message>
            <source>Import participant figures</source>
            <translation>Import participant figures</translation>
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
            <source>No open decisions from the steering group.</source>
            <translation>No open decisions from the steering group.</translation>
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
        <name>Results</name>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>Short-term outcome</source>
            <translation>Short-term outcome</translation>
        </message>
        <message>
            <source>Long-term outcome</source>
            <translation>Long-term outcome</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>✔ Target met</source>
            <translation>✔ Target met</translation>
        </message>
        <message>
            <source>▲ On track</source>
            <translation>▲ On track</translation>
        </message>
        <message>
            <source>● At risk</source>
            <translation>● At risk</translation>
        </message>
        <message>
            <source>▼ Off track</source>
            <translation>▼ Off track</translation>
        </message>
        <message>
            <source>– No value yet</source>
            <translation>– No value yet</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>Higher is better</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Lower is better</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>External services</source>
            <translation>External services</translation>
        </message>
        <message>
            <source>Premises</source>
            <translation>Premises</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Travel</translation>
        </message>
        <message>
            <source>Participant costs</source>
            <translation>Participant costs</translation>
        </message>
        <message>
            <source>Other costs</source>
            <translation>Other costs</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Men</translation>
        </message>
        <message>
            <source>Other or not stated</source>
            <translation>Other or not stated</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Work</translation>
        </message>
        <message>
            <source>Studies</source>
            <translation>Studies</translation>
        </message>
        <message>
            <source>Job seeking</source>
            <translation>Job seeking</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Not known</translation>
        </message>
        <message>
            <source>%1 SEK</source>
            <translation>%1 SEK</translation>
        </message>
        <message>
            <source>%1 pp</source>
            <translation>%1 pp</translation>
        </message>
    </context>
    <context>
        <name>ResultsEditor</name>
        <message>
            <source>Add indicator “%1”</source>
            <translation>Add indicator “%1”</translation>
        </message>
        <message>
            <source>Add the starter indicators</source>
            <translation>Add the starter indicators</translation>
        </message>
        <message>
            <source>Edit indicator “%1”</source>
            <translation>Edit indicator “%1”</translation>
        </message>
        <message>
            <source>Delete indicator “%1”</source>
            <translation>Delete indicator “%1”</translation>
        </message>
        <message>
            <source>Record value %1</source>
            <translation>Record value %1</translation>
        </message>
        <message>
            <source>Add reference value</source>
            <translation>Add reference value</translation>
        </message>
        <message>
            <source>Add node “%1”</source>
            <translation>Add node “%1”</translation>
        </message>
        <message>
            <source>Delete node “%1”</source>
            <translation>Delete node “%1”</translation>
        </message>
        <message>
            <source>Rename node “%1”</source>
            <translation>Rename node “%1”</translation>
        </message>
        <message>
            <source>Link node “%1”</source>
            <translation>Link node “%1”</translation>
        </message>
        <message>
            <source>Move node “%1”</source>
            <translation>Move node “%1”</translation>
        </message>
        <message>
            <source>Tick method on “%1”</source>
            <translation>Tick method on “%1”</translation>
        </message>
        <message>
            <source>Untick method on “%1”</source>
            <translation>Untick method on “%1”</translation>
        </message>
        <message>
            <source>Link item to “%1”</source>
            <translation>Link item to “%1”</translation>
        </message>
        <message>
            <source>Unlink item from “%1”</source>
            <translation>Unlink item from “%1”</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <source>Import participant figures from %1</source>
            <translation>Import participant figures from %1</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Results pages</source>
            <translation>Results pages</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Logic model</source>
            <translation>Logic model</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Delete this node of the logic model? Nodes linked to it lose their link and its indicators their node; the indicators are kept. Edit → Undo brings it all back.</source>
            <translation>Delete this node of the logic model? Nodes linked to it lose their link and its indicators their node; the indicators are kept. Edit → Undo brings it all back.</translation>
        </message>
        <message>
            <source>Baseline and target of “%1”</source>
            <translation>Baseline and target of “%1”</translation>
        </message>
        <message numerus="yes">
            <source>Delete the indicator “%1” with its %n value(s)? Edit → Undo brings it back.</source>
            <translation>
                <numerusform>Delete the indicator “%1” with its %n value? Edit → Undo brings it back.</numerusform>
                <numerusform>Delete the indicator “%1” with its %n values? Edit → Undo brings it back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete indicator</source>
            <translation>Delete indicator</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n row(s) of participant figures. Undo with %1.</source>
            <translation>
                <numerusform>Imported %n row of participant figures. Undo with %1.</numerusform>
                <numerusform>Imported %n rows of participant figures. Undo with %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Retro</name>
        <message>
            <source>▣ Group: %1</source>
            <translation>▣ Group: %1</translation>
        </message>
        <message>
            <source>★ Lesson</source>
            <translation>★ Lesson</translation>
        </message>
        <message>
            <source>→ In the backlog</source>
            <translation>→ In the backlog</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
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
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Backlog</source>
            <translation>Backlog</translation>
        </message>
        <message>
            <source>Did we do it?</source>
            <translation>Did we do it?</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>Notes: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>New note</translation>
        </message>
        <message>
            <source>Type a note, then Enter</source>
            <translation>Type a note, then Enter</translation>
        </message>
        <message>
            <source>Type a note and press Enter; Up and Down change the column</source>
            <translation>Type a note and press Enter; Up and Down change the column</translation>
        </message>
        <message>
            <source>in colu&amp;mn</source>
            <translation>in colu&amp;mn</translation>
        </message>
        <message>
            <source>Column of the new note</source>
            <translation>Column of the new note</translation>
        </message>
        <message>
            <source>Initials of who wrote it (optional)</source>
            <translation>Initials of who wrote it (optional)</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initials</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <source>Chosen note</source>
            <translation>Chosen note</translation>
        </message>
        <message>
            <source>Choose a note in a column.</source>
            <translation>Choose a note in a column.</translation>
        </message>
        <message>
            <source>+ Vote (+)</source>
            <translation>+ Vote (+)</translation>
        </message>
        <message>
            <source>Vote for the note</source>
            <translation>Vote for the note</translation>
        </message>
        <message>
            <source>− Take back (−)</source>
            <translation>− Take back (−)</translation>
        </message>
        <message>
            <source>Take back a vote</source>
            <translation>Take back a vote</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Group</translation>
        </message>
        <message>
            <source>Group name for the chosen notes</source>
            <translation>Group name for the chosen notes</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>Group name</translation>
        </message>
        <message>
            <source>Type a name and press Enter to group the chosen notes</source>
            <translation>Type a name and press Enter to group the chosen notes</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Group the chosen notes</source>
            <translation>Group the chosen notes</translation>
        </message>
        <message>
            <source>Owner of the action</source>
            <translation>Owner of the action</translation>
        </message>
        <message>
            <source>O&amp;wner</source>
            <translation>O&amp;wner</translation>
        </message>
        <message>
            <source>Action due by</source>
            <translation>Action due by</translation>
        </message>
        <message>
            <source>Due &amp;by</source>
            <translation>Due &amp;by</translation>
        </message>
        <message>
            <source>Make an &amp;action</source>
            <translation>Make an &amp;action</translation>
        </message>
        <message>
            <source>Make the note an action</source>
            <translation>Make the note an action</translation>
        </message>
        <message>
            <source>Lesson tags, separated by commas</source>
            <translation>Lesson tags, separated by commas</translation>
        </message>
        <message>
            <source>Tags, e.g. samverkan, unga</source>
            <translation>Tags, e.g. samverkan, unga</translation>
        </message>
        <message>
            <source>★ Flag as &amp;lesson</source>
            <translation>★ Flag as &amp;lesson</translation>
        </message>
        <message>
            <source>Flag the note as a lesson</source>
            <translation>Flag the note as a lesson</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) chosen</source>
            <translation>
                <numerusform>%n note chosen</numerusform>
                <numerusform>%n notes chosen</numerusform>
            </translation>
        </message>
        <message>
            <source>Start, stop, continue</source>
            <translation>Start, stop, continue</translation>
        </message>
        <message>
            <source>Went well, to improve, ideas</source>
            <translation>Went well, to improve, ideas</translation>
        </message>
        <message>
            <source>4L: liked, learned, lacked, longed for</source>
            <translation>4L: liked, learned, lacked, longed for</translation>
        </message>
        <message>
            <source>Sailboat: wind, anchors, rocks, island</source>
            <translation>Sailboat: wind, anchors, rocks, island</translation>
        </message>
        <message>
            <source>4L</source>
            <translation>4L</translation>
        </message>
        <message>
            <source>Sailboat</source>
            <translation>Sailboat</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Went well</source>
            <translation>Went well</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>To improve</translation>
        </message>
        <message>
            <source>Ideas</source>
            <translation>Ideas</translation>
        </message>
        <message>
            <source>Liked</source>
            <translation>Liked</translation>
        </message>
        <message>
            <source>Learned</source>
            <translation>Learned</translation>
        </message>
        <message>
            <source>Lacked</source>
            <translation>Lacked</translation>
        </message>
        <message>
            <source>Longed for</source>
            <translation>Longed for</translation>
        </message>
        <message>
            <source>Wind (what pushes us on)</source>
            <translation>Wind (what pushes us on)</translation>
        </message>
        <message>
            <source>Anchors (what holds us back)</source>
            <translation>Anchors (what holds us back)</translation>
        </message>
        <message>
            <source>Rocks (risks ahead)</source>
            <translation>Rocks (risks ahead)</translation>
        </message>
        <message>
            <source>Island (our goal)</source>
            <translation>Island (our goal)</translation>
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
            <source>✓ Done</source>
            <translation>✓ Done</translation>
        </message>
        <message>
            <source>✗ Dropped</source>
            <translation>✗ Dropped</translation>
        </message>
        <message>
            <source>→ Carried forward</source>
            <translation>→ Carried forward</translation>
        </message>
        <message>
            <source>? Not decided yet</source>
            <translation>? Not decided yet</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>one</source>
            <translation>one</translation>
        </message>
        <message>
            <source>two</source>
            <translation>two</translation>
        </message>
        <message>
            <source>three</source>
            <translation>three</translation>
        </message>
        <message>
            <source>four</source>
            <translation>four</translation>
        </message>
        <message>
            <source>five</source>
            <translation>five</translation>
        </message>
        <message>
            <source>six</source>
            <translation>six</translation>
        </message>
        <message>
            <source>seven</source>
            <translation>seven</translation>
        </message>
        <message>
            <source>eight</source>
            <translation>eight</translation>
        </message>
        <message>
            <source>nine</source>
            <translation>nine</translation>
        </message>
        <message>
            <source>ten</source>
            <translation>ten</translation>
        </message>
        <message>
            <source>Type your initials to vote (%1 votes each).</source>
            <translation>Type your initials to vote (%1 votes each).</translation>
        </message>
        <message>
            <source>%1 has used all %2 votes.</source>
            <translation>%1 has used all %2 votes.</translation>
        </message>
        <message>
            <source>%1 has %2 of %3 votes left.</source>
            <translation>%1 has %2 of %3 votes left.</translation>
        </message>
        <message numerus="yes">
            <source>%1 %n vote(s)</source>
            <translation>
                <numerusform>%1 %n vote</numerusform>
                <numerusform>%1 %n votes</numerusform>
            </translation>
        </message>
        <message>
            <source>All your votes are used; take one back from another note first.</source>
            <translation>All your votes are used; take one back from another note first.</translation>
        </message>
        <message>
            <source>There is no next iteration yet: plan it first, the action goes into its backlog.</source>
            <translation>There is no next iteration yet: plan it first, the action goes into its backlog.</translation>
        </message>
        <message>
            <source>The action is already a backlog item.</source>
            <translation>The action is already a backlog item.</translation>
        </message>
        <message>
            <source>The note is already a lesson.</source>
            <translation>The note is already a lesson.</translation>
        </message>
        <message>
            <source>The action is already carried forward.</source>
            <translation>The action is already carried forward.</translation>
        </message>
        <message>
            <source>This iteration already has a retrospective.</source>
            <translation>This iteration already has a retrospective.</translation>
        </message>
        <message>
            <source>Did we do what we said? Last time's actions</source>
            <translation>Did we do what we said? Last time's actions</translation>
        </message>
        <message>
            <source>Last time's actions</source>
            <translation>Last time's actions</translation>
        </message>
        <message>
            <source>D marks the action done, C carries it forward, X drops it with the reason typed below.</source>
            <translation>D marks the action done, C carries it forward, X drops it with the reason typed below.</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>Reason or comment</source>
            <translation>Reason or comment</translation>
        </message>
        <message>
            <source>Why it was dropped, or what came of it (needed to drop)</source>
            <translation>Why it was dropped, or what came of it (needed to drop)</translation>
        </message>
        <message>
            <source>✓ &amp;Done (D)</source>
            <translation>✓ &amp;Done (D)</translation>
        </message>
        <message>
            <source>→ Carr&amp;y forward (C)</source>
            <translation>→ Carr&amp;y forward (C)</translation>
        </message>
        <message>
            <source>✗ Dro&amp;p (X)</source>
            <translation>✗ Dro&amp;p (X)</translation>
        </message>
        <message>
            <source>The retrospective before this one agreed on no actions.</source>
            <translation>The retrospective before this one agreed on no actions.</translation>
        </message>
        <message numerus="yes">
            <source>All %n action(s) from last time are followed up.</source>
            <translation>
                <numerusform>All %n action from last time are followed up.</numerusform>
                <numerusform>All %n actions from last time are followed up.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n action(s) from last time followed up. Choose one and press D (done), C (carry forward) or X (drop, with a reason).</source>
            <translation>
                <numerusform>%1 of %n action from last time followed up. Choose one and press D (done), C (carry forward) or X (drop, with a reason).</numerusform>
                <numerusform>%1 of %n actions from last time followed up. Choose one and press D (done), C (carry forward) or X (drop, with a reason).</numerusform>
            </translation>
        </message>
        <message>
            <source>Say why the action is dropped: type the reason, then press Drop again.</source>
            <translation>Say why the action is dropped: type the reason, then press Drop again.</translation>
        </message>
    </context>
    <context>
        <name>RetroEditor</name>
        <message>
            <source>Start the retrospective</source>
            <translation>Start the retrospective</translation>
        </message>
        <message>
            <source>Add note “%1”</source>
            <translation>Add note “%1”</translation>
        </message>
        <message>
            <source>Delete note “%1”</source>
            <translation>Delete note “%1”</translation>
        </message>
        <message>
            <source>Move note “%1”</source>
            <translation>Move note “%1”</translation>
        </message>
        <message>
            <source>Vote (%1)</source>
            <translation>Vote (%1)</translation>
        </message>
        <message>
            <source>Take back a vote (%1)</source>
            <translation>Take back a vote (%1)</translation>
        </message>
        <message numerus="yes">
            <source>Group %n note(s)</source>
            <translation>
                <numerusform>Group %n note</numerusform>
                <numerusform>Group %n notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Make an action of “%1”</source>
            <translation>Make an action of “%1”</translation>
        </message>
        <message>
            <source>Flag “%1” as a lesson</source>
            <translation>Flag “%1” as a lesson</translation>
        </message>
    </context>
    <context>
        <name>RetrospectiveView</name>
        <message>
            <source>Retrospective</source>
            <translation>Retrospective</translation>
        </message>
        <message>
            <source>&amp;Iteration</source>
            <translation>&amp;Iteration</translation>
        </message>
        <message>
            <source>Iteration of the retrospective</source>
            <translation>Iteration of the retrospective</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>F&amp;ormat</translation>
        </message>
        <message>
            <source>Format of the retrospective</source>
            <translation>Format of the retrospective</translation>
        </message>
        <message>
            <source>Fa&amp;cilitator</source>
            <translation>Fa&amp;cilitator</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <source>Vote b&amp;udget</source>
            <translation>Vote b&amp;udget</translation>
        </message>
        <message>
            <source>Votes per person</source>
            <translation>Votes per person</translation>
        </message>
        <message>
            <source>&amp;Start retrospective</source>
            <translation>&amp;Start retrospective</translation>
        </message>
        <message>
            <source>Start the retrospective</source>
            <translation>Start the retrospective</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Vo&amp;ter</source>
            <translation>Vo&amp;ter</translation>
        </message>
        <message>
            <source>Initials of who is voting</source>
            <translation>Initials of who is voting</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initials</translation>
        </message>
        <message>
            <source>Keep groups together</source>
            <translation>Keep groups together</translation>
        </message>
        <message>
            <source>Sorted by votes. In a column: + and − vote, Left/Right move between columns, Ctrl+Left/Right move the note.</source>
            <translation>Sorted by votes. In a column: + and − vote, Left/Right move between columns, Ctrl+Left/Right move the note.</translation>
        </message>
        <message>
            <source>This time's actions</source>
            <translation>This time's actions</translation>
        </message>
        <message>
            <source>Put in the next
iteration's bac&amp;klog</source>
            <translation>Put in the next
iteration's bac&amp;klog</translation>
        </message>
        <message>
            <source>Put the action in the next iteration's backlog</source>
            <translation>Put the action in the next iteration's backlog</translation>
        </message>
        <message>
            <source>retrospective</source>
            <translation>retrospective</translation>
        </message>
        <message>
            <source>Retrospective of %1</source>
            <translation>Retrospective of %1</translation>
        </message>
        <message>
            <source>facilitated by %1</source>
            <translation>facilitated by %1</translation>
        </message>
        <message>
            <source>The project has no iterations yet.</source>
            <translation>The project has no iterations yet.</translation>
        </message>
        <message>
            <source>Plan an iteration first; each iteration ends with a retrospective.</source>
            <translation>Plan an iteration first; each iteration ends with a retrospective.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>No retrospective yet for %1. Choose a format (it decides the columns) and press Start retrospective. It opens with last time's actions: did we do what we said?</source>
            <translation>No retrospective yet for %1. Choose a format (it decides the columns) and press Start retrospective. It opens with last time's actions: did we do what we said?</translation>
        </message>
        <message>
            <source>Retrospective started.</source>
            <translation>Retrospective started.</translation>
        </message>
        <message>
            <source>Type your initials in Voter first; each person has their own votes.</source>
            <translation>Type your initials in Voter first; each person has their own votes.</translation>
        </message>
        <message>
            <source>Notes grouped.</source>
            <translation>Notes grouped.</translation>
        </message>
        <message>
            <source>Notes ungrouped.</source>
            <translation>Notes ungrouped.</translation>
        </message>
        <message>
            <source>Action added; put it in the next iteration's backlog below.</source>
            <translation>Action added; put it in the next iteration's backlog below.</translation>
        </message>
        <message>
            <source>Choose an action first.</source>
            <translation>Choose an action first.</translation>
        </message>
        <message>
            <source>The action is now a backlog item in the next iteration.</source>
            <translation>The action is now a backlog item in the next iteration.</translation>
        </message>
        <message>
            <source>Saved in the lessons library: %1</source>
            <translation>Saved in the lessons library: %1</translation>
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
        <name>SteeringEdits</name>
        <message>
            <source>Who changed what, and when, is kept in the history.</source>
            <translation>Who changed what, and when, is kept in the history.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
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
            <source>Throw away what you have changed?</source>
            <translation>Throw away what you have changed?</translation>
        </message>
        <message>
            <source>&amp;Throw away</source>
            <translation>&amp;Throw away</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Keep editing</translation>
        </message>
        <message>
            <source>Throw away the changes</source>
            <translation>Throw away the changes</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Keep editing</translation>
        </message>
        <message>
            <source>Problem with %1</source>
            <translation>Problem with %1</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Edit action</translation>
        </message>
        <message>
            <source>Who sees to it</source>
            <translation>Who sees to it</translation>
        </message>
        <message>
            <source>&amp;No due date</source>
            <translation>&amp;No due date</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>No due date</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Owner:</translation>
        </message>
        <message>
            <source>&amp;Due date:</source>
            <translation>&amp;Due date:</translation>
        </message>
        <message>
            <source>Edit agenda item</source>
            <translation>Edit agenda item</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Details:</translation>
        </message>
        <message>
            <source>N&amp;otes for the minutes:</source>
            <translation>N&amp;otes for the minutes:</translation>
        </message>
        <message>
            <source>Withdraw decision request</source>
            <translation>Withdraw decision request</translation>
        </message>
        <message>
            <source>Withdraw the decision request “%1”?</source>
            <translation>Withdraw the decision request “%1”?</translation>
        </message>
        <message>
            <source>It leaves the open requests and the agendas of meetings not yet held. The withdrawal is kept in the history.</source>
            <translation>It leaves the open requests and the agendas of meetings not yet held. The withdrawal is kept in the history.</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Withdraw</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Keep it</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Keep it</translation>
        </message>
    </context>
    <context>
        <name>SteeringScreens</name>
        <message>
            <source>The decision request is on the next meeting's agenda</source>
            <translation>The decision request is on the next meeting's agenda</translation>
        </message>
        <message>
            <source>The decision request is withdrawn</source>
            <translation>The decision request is withdrawn</translation>
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
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
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
        <name>SteeringWords</name>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>details</source>
            <translation>details</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>rationale</source>
            <translation>rationale</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>due date</translation>
        </message>
        <message>
            <source>review date</source>
            <translation>review date</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>state</source>
            <translation>state</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>outcome</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>place</source>
            <translation>place</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>start time</source>
            <translation>start time</translation>
        </message>
        <message>
            <source>project</source>
            <translation>project</translation>
        </message>
        <message>
            <source>backlog item</source>
            <translation>backlog item</translation>
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
        <name>ThresholdDialog</name>
        <message>
            <source>Small-count threshold</source>
            <translation>Small-count threshold</translation>
        </message>
        <message>
            <source>Participant counts below the threshold are shown as “&lt;N” on the participants page and in every exported workbook, so that no one can be recognised from a small group. The figures are still stored as reported. The default is 5.</source>
            <translation>Participant counts below the threshold are shown as “&lt;N” on the participants page and in every exported workbook, so that no one can be recognised from a small group. The figures are still stored as reported. The default is 5.</translation>
        </message>
        <message>
            <source>Smallest count shown as it is</source>
            <translation>Smallest count shown as it is</translation>
        </message>
        <message>
            <source>Show counts below &amp;this as “&lt;N”:</source>
            <translation>Show counts below &amp;this as “&lt;N”:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
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
            <source>%1 (%2)</source>
            <comment>iteration and its state</comment>
            <translation>%1 (%2)</translation>
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
