<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AccountsSync</name>
        <message>
            <source>accounts sync manages PostgreSQL login roles: give a postgresql:// address.</source>
            <translation>accounts sync manages PostgreSQL login roles: give a postgresql:// address.</translation>
        </message>
        <message>
            <source>line %1: there is no school with the code "%2" in this database.</source>
            <translation>line %1: there is no school with the code "%2" in this database.</translation>
        </message>
        <message>
            <source>line %1: the account name "%2" cannot be a database login.</source>
            <translation>line %1: the account name "%2" cannot be a database login.</translation>
        </message>
        <message>
            <source>line %1: the account name %2 is already used by another row.</source>
            <translation>line %1: the account name %2 is already used by another row.</translation>
        </message>
        <message>
            <source>line %1: school %2 has no class "%3" in school year %4.</source>
            <translation>line %1: school %2 has no class "%3" in school year %4.</translation>
        </message>
        <message>
            <source>line %1: class %2 already has a homeroom teacher in this file (line %3).</source>
            <translation>line %1: class %2 already has a homeroom teacher in this file (line %3).</translation>
        </message>
        <message>
            <source>Nothing was changed. The staff file does not fit this database:</source>
            <translation>Nothing was changed. The staff file does not fit this database:</translation>
        </message>
        <message>
            <source>office %1 created at school %2</source>
            <translation>office %1 created at school %2</translation>
        </message>
        <message>
            <source>new staff member %1</source>
            <translation>new staff member %1</translation>
        </message>
        <message>
            <source>name → %1</source>
            <translation>name → %1</translation>
        </message>
        <message>
            <source>e-mail changed</source>
            <translation>e-mail changed</translation>
        </message>
        <message>
            <source>office → %1</source>
            <translation>office → %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>teacher/admin flags changed</source>
            <translation>teacher/admin flags changed</translation>
        </message>
        <message>
            <source>employment %1 → %2</source>
            <translation>employment %1 → %2</translation>
        </message>
        <message>
            <source>login role %1 → %2</source>
            <translation>login role %1 → %2</translation>
        </message>
        <message>
            <source>login role created with the default password (must be changed at first login)</source>
            <translation>login role created with the default password (must be changed at first login)</translation>
        </message>
        <message>
            <source>login role created, disabled</source>
            <translation>login role created, disabled</translation>
        </message>
        <message>
            <source>login enabled</source>
            <translation>login enabled</translation>
        </message>
        <message>
            <source>login disabled (NOLOGIN)</source>
            <translation>login disabled (NOLOGIN)</translation>
        </message>
        <message>
            <source>groups %1</source>
            <translation>groups %1</translation>
        </message>
        <message>
            <source>%1 is not in the file any more: marked as left, login disabled (NOLOGIN), never deleted</source>
            <translation>%1 is not in the file any more: marked as left, login disabled (NOLOGIN), never deleted</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>someone</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nobody</translation>
        </message>
        <message>
            <source>class %1 at %2: homeroom teacher %3 → %4</source>
            <translation>class %1 at %2: homeroom teacher %3 → %4</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>The demo school was not created. Choose a database, or start CooC Desk again to create the demo school.</source>
            <translation>The demo school was not created. Choose a database, or start CooC Desk again to create the demo school.</translation>
        </message>
        <message>
            <source>Demo school not created</source>
            <translation>Demo school not created</translation>
        </message>
        <message>
            <source>The demo school could not be created: %1
Nothing was kept. Choose another database, or start CooC Desk again to retry.</source>
            <translation>The demo school could not be created: %1
Nothing was kept. Choose another database, or start CooC Desk again to retry.</translation>
        </message>
        <message>
            <source>You logged out without choosing your own password. Log in again to choose it.</source>
            <translation>You logged out without choosing your own password. Log in again to choose it.</translation>
        </message>
        <message>
            <source>You logged out. Log in again to continue.</source>
            <translation>You logged out. Log in again to continue.</translation>
        </message>
    </context>
    <context>
        <name>AuditLogModel</name>
        <message>
            <source>%1 #%2</source>
            <translation>%1 #%2</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Logged in</source>
            <translation>Logged in</translation>
        </message>
        <message>
            <source>Login failed</source>
            <translation>Login failed</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>Account locked</translation>
        </message>
        <message>
            <source>Login refused</source>
            <translation>Login refused</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>Password change refused</source>
            <translation>Password change refused</translation>
        </message>
        <message>
            <source>Logged out</source>
            <translation>Logged out</translation>
        </message>
        <message>
            <source>Binding approved</source>
            <translation>Binding approved</translation>
        </message>
        <message>
            <source>Binding rejected</source>
            <translation>Binding rejected</translation>
        </message>
        <message>
            <source>More information requested</source>
            <translation>More information requested</translation>
        </message>
        <message>
            <source>Leave approved</source>
            <translation>Leave approved</translation>
        </message>
        <message>
            <source>Leave rejected</source>
            <translation>Leave rejected</translation>
        </message>
        <message>
            <source>Parent view opened</source>
            <translation>Parent view opened</translation>
        </message>
        <message>
            <source>Demo school created</source>
            <translation>Demo school created</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>Binding request</source>
            <translation>Binding request</translation>
        </message>
        <message>
            <source>Leave request</source>
            <translation>Leave request</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Notice</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <source>The audit log could not be loaded: %1 What is shown was kept. Press F5 to try again.</source>
            <translation>The audit log could not be loaded: %1 What is shown was kept. Press F5 to try again.</translation>
        </message>
        <message>
            <source>Select an entry to see the evidence recorded with it.</source>
            <translation>Select an entry to see the evidence recorded with it.</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>Account: %1</translation>
        </message>
        <message>
            <source>Action: %1 (%2)</source>
            <translation>Action: %1 (%2)</translation>
        </message>
        <message>
            <source>Record: %1</source>
            <translation>Record: %1</translation>
        </message>
        <message>
            <source>No further details were recorded.</source>
            <translation>No further details were recorded.</translation>
        </message>
        <message>
            <source>Every login and every decision at %1, newest first. The log is read-only: entries cannot be changed or removed.</source>
            <translation>Every login and every decision at %1, newest first. The log is read-only: entries cannot be changed or removed.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>No audit entries yet</source>
            <translation>No audit entries yet</translation>
        </message>
        <message>
            <source>Logins and decisions at your school will appear here as they happen.</source>
            <translation>Logins and decisions at your school will appear here as they happen.</translation>
        </message>
        <message>
            <source>Your own logins and decisions, newest first (the school's office staff see everyone's). The log is read-only: entries cannot be changed or removed.</source>
            <translation>Your own logins and decisions, newest first (the school's office staff see everyone's). The log is read-only: entries cannot be changed or removed.</translation>
        </message>
    </context>
    <context>
        <name>AuthService</name>
        <message>
            <source>Enter your login name and password.</source>
            <translation>Enter your login name and password.</translation>
        </message>
        <message>
            <source>This account is locked after too many wrong passwords. Try again after %1.</source>
            <translation>This account is locked after too many wrong passwords. Try again after %1.</translation>
        </message>
        <message>
            <source>Too many wrong passwords: this account is locked until %1.</source>
            <translation>Too many wrong passwords: this account is locked until %1.</translation>
        </message>
        <message>
            <source>CooC Desk is for school staff. Parents and students sign in to the CooC app or website instead.</source>
            <translation>CooC Desk is for school staff. Parents and students sign in to the CooC app or website instead.</translation>
        </message>
        <message>
            <source>This account is disabled. Ask the school's system administrator.</source>
            <translation>This account is disabled. Ask the school's system administrator.</translation>
        </message>
        <message>
            <source>This account is not linked to a staff member of the school.</source>
            <translation>This account is not linked to a staff member of the school.</translation>
        </message>
        <message>
            <source>This account belongs to someone who has left the school and can no longer sign in.</source>
            <translation>This account belongs to someone who has left the school and can no longer sign in.</translation>
        </message>
        <message>
            <source>This account was just locked after too many wrong passwords. Try again later.</source>
            <translation>This account was just locked after too many wrong passwords. Try again later.</translation>
        </message>
        <message>
            <source>Your account no longer exists.</source>
            <translation>Your account no longer exists.</translation>
        </message>
        <message>
            <source>The current password is wrong. The password was not changed.</source>
            <translation>The current password is wrong. The password was not changed.</translation>
        </message>
        <message>
            <source>The new password could not be stored. Nothing was changed.</source>
            <translation>The new password could not be stored. Nothing was changed.</translation>
        </message>
        <message>
            <source>The list of demo accounts in this database is damaged.</source>
            <translation>The list of demo accounts in this database is damaged.</translation>
        </message>
        <message>
            <source>The server accepted your password, but your account is not linked to a staff member of a school. Ask the school's system administrator.</source>
            <translation>The server accepted your password, but your account is not linked to a staff member of a school. Ask the school's system administrator.</translation>
        </message>
        <message>
            <source>The new password could not be prepared. Nothing was changed.</source>
            <translation>The new password could not be prepared. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>BindingDetailsWidget</name>
        <message>
            <source>Compared with the school's guardian record</source>
            <translation>Compared with the school's guardian record</translation>
        </message>
        <message>
            <source>E-signature</source>
            <translation>E-signature</translation>
        </message>
        <message>
            <source>Household registration</source>
            <translation>Household registration</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>Consent form</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Details… (S)</source>
            <extracomment>Button; S is its key</extracomment>
            <translation>Details… (S)</translation>
        </message>
        <message>
            <source>Show the full verification report (S)</source>
            <translation>Show the full verification report (S)</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>Verifying…</translation>
        </message>
        <message>
            <source>Verify again</source>
            <translation>Verify again</translation>
        </message>
        <message>
            <source>Run the e-signature verification again and record the result</source>
            <translation>Run the e-signature verification again and record the result</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>Ask the household-registration service again and record the answer</source>
            <translation>Ask the household-registration service again and record the answer</translation>
        </message>
        <message>
            <source>Paper consent form checked</source>
            <translation>Paper consent form checked</translation>
        </message>
        <message>
            <source>Approve on the signed paper consent form instead of the e-signature (audited)</source>
            <translation>Approve on the signed paper consent form instead of the e-signature (audited)</translation>
        </message>
        <message>
            <source>Reason (required, recorded in the audit log)</source>
            <translation>Reason (required, recorded in the audit log)</translation>
        </message>
        <message>
            <source>Approve (A)</source>
            <translation>Approve (A)</translation>
        </message>
        <message>
            <source>Approve the binding: the parent's account opens (A)</source>
            <translation>Approve the binding: the parent's account opens (A)</translation>
        </message>
        <message>
            <source>Ask for information (I)</source>
            <translation>Ask for information (I)</translation>
        </message>
        <message>
            <source>Return the request to the parent, saying what is missing (I)</source>
            <translation>Return the request to the parent, saying what is missing (I)</translation>
        </message>
        <message>
            <source>Reject (R)</source>
            <translation>Reject (R)</translation>
        </message>
        <message>
            <source>Reject the request with a reason (R)</source>
            <translation>Reject the request with a reason (R)</translation>
        </message>
        <message>
            <source>Cancel check</source>
            <translation>Cancel check</translation>
        </message>
        <message>
            <source>Stop asking the household-registration service; nothing is recorded</source>
            <translation>Stop asking the household-registration service; nothing is recorded</translation>
        </message>
        <message>
            <source>Asking the household-registration service (attempt %1 of %2)…</source>
            <translation>Asking the household-registration service (attempt %1 of %2)…</translation>
        </message>
        <message>
            <source>Asking the household-registration service…</source>
            <translation>Asking the household-registration service…</translation>
        </message>
    </context>
    <context>
        <name>BindingQueueModel</name>
        <message>
            <source>Yesterday</source>
            <translation>Yesterday</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>class name · seat</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>applicant name (relationship)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <source>E-signature</source>
            <translation>E-signature</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
    </context>
    <context>
        <name>BindingQueueWidget</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>Status filter entry: status (count)</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>All classes</translation>
        </message>
        <message>
            <source>Class %1</source>
            <translation>Class %1</translation>
        </message>
        <message>
            <source>All signatures</source>
            <translation>All signatures</translation>
        </message>
        <message>
            <source>All household checks</source>
            <translation>All household checks</translation>
        </message>
        <message>
            <source>The requests could not be loaded</source>
            <translation>The requests could not be loaded</translation>
        </message>
        <message>
            <source>Press F5 to try again.</source>
            <translation>Press F5 to try again.</translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>Nothing found</translation>
        </message>
        <message>
            <source>No request matches "%1". Search by the start of a student's name or number, or of the parent's e-mail.</source>
            <translation>No request matches "%1". Search by the start of a student's name or number, or of the parent's e-mail.</translation>
        </message>
        <message>
            <source>No requests wait for you</source>
            <translation>No requests wait for you</translation>
        </message>
        <message>
            <source>Parents' binding requests for your students appear here when they are submitted.</source>
            <translation>Parents' binding requests for your students appear here when they are submitted.</translation>
        </message>
        <message>
            <source>No requests with these filters</source>
            <translation>No requests with these filters</translation>
        </message>
        <message>
            <source>Choose other filters to see more requests.</source>
            <translation>Choose other filters to see more requests.</translation>
        </message>
        <message>
            <source>Search student, number, parent e-mail (Ctrl+F)</source>
            <translation>Search student, number, parent e-mail (Ctrl+F)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>E-signature</source>
            <translation>E-signature</translation>
        </message>
        <message>
            <source>Household check</source>
            <translation>Household check</translation>
        </message>
        <message>
            <source>Approve all fast-track (%1+)…</source>
            <translation>Approve all fast-track (%1+)…</translation>
        </message>
        <message>
            <source>Approve all fast-track (%1)…</source>
            <translation>Approve all fast-track (%1)…</translation>
        </message>
        <message>
            <source>Approve every pending request with a valid e-signature, a matching household check and an enrolled student, after a confirmation listing them</source>
            <translation>Approve every pending request with a valid e-signature, a matching household check and an enrolled student, after a confirmation listing them</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Newest first</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Oldest first</translation>
        </message>
        <message>
            <source>By class, ascending</source>
            <extracomment>Sort order of the queue: by class (grade, class, seat), 701 before 801</extracomment>
            <translation>By class, ascending</translation>
        </message>
        <message>
            <source>By class, descending</source>
            <translation>By class, descending</translation>
        </message>
        <message>
            <source>Waiting for me (%1)</source>
            <extracomment>Status filter entry: pending and information-requested requests (their count)</extracomment>
            <translation>Waiting for me (%1)</translation>
        </message>
        <message>
            <source>Waiting for me</source>
            <translation>Waiting for me</translation>
        </message>
        <message>
            <source>Pending requests and those returned to the parent for more information</source>
            <translation>Pending requests and those returned to the parent for more information</translation>
        </message>
        <message>
            <source>Order of the list (or click the Submitted or Class column header)</source>
            <translation>Order of the list (or click the Submitted or Class column header)</translation>
        </message>
    </context>
    <context>
        <name>BindingRechecker</name>
        <message>
            <source>The e-signature was verified again and the result recorded.</source>
            <translation>The e-signature was verified again and the result recorded.</translation>
        </message>
        <message>
            <source>The household service is still being set up. Try again in a moment.</source>
            <translation>The household service is still being set up. Try again in a moment.</translation>
        </message>
        <message>
            <source>The household check was cancelled; nothing was recorded.</source>
            <translation>The household check was cancelled; nothing was recorded.</translation>
        </message>
        <message>
            <source>The request keeps its earlier household result, which still counts (also for fast track).</source>
            <translation>The request keeps its earlier household result, which still counts (also for fast track).</translation>
        </message>
    </context>
    <context>
        <name>BindingRequestRepository</name>
        <message>
            <source>This binding request belongs to another school.</source>
            <translation>This binding request belongs to another school.</translation>
        </message>
        <message>
            <source>This binding request concerns a student who is not currently in your class: only their homeroom teacher or the school's office staff may see and decide it.</source>
            <translation>This binding request concerns a student who is not currently in your class: only their homeroom teacher or the school's office staff may see and decide it.</translation>
        </message>
        <message>
            <source>This binding request does not exist.</source>
            <translation>This binding request does not exist.</translation>
        </message>
        <message>
            <source>%1+</source>
            <extracomment>A count that was not counted further than the number shown, e.g. "1,000+"</extracomment>
            <translation>%1+</translation>
        </message>
        <message>
            <source>%1 has left your class and has not yet been placed in another class here: the school's office staff decide this request. Nothing was saved; the request has left your list.</source>
            <translation>%1 has left your class and has not yet been placed in another class here: the school's office staff decide this request. Nothing was saved; the request has left your list.</translation>
        </message>
        <message>
            <source>%1 has moved to another class and is no longer in your class: their new homeroom teacher or the school's office staff decide this request. Nothing was saved; the request has left your list.</source>
            <translation>%1 has moved to another class and is no longer in your class: their new homeroom teacher or the school's office staff decide this request. Nothing was saved; the request has left your list.</translation>
        </message>
        <message>
            <source>%1 transferred out of this school on %2 and is no longer in your class: a binding can only be decided for a student currently enrolled here. Nothing was saved; the request has left your list.</source>
            <translation>%1 transferred out of this school on %2 and is no longer in your class: a binding can only be decided for a student currently enrolled here. Nothing was saved; the request has left your list.</translation>
        </message>
        <message>
            <source>%1 has transferred out of this school and is no longer in your class: a binding can only be decided for a student currently enrolled here. Nothing was saved; the request has left your list.</source>
            <translation>%1 has transferred out of this school and is no longer in your class: a binding can only be decided for a student currently enrolled here. Nothing was saved; the request has left your list.</translation>
        </message>
        <message>
            <source>%1 has graduated and is no longer in your class. Nothing was saved; the request has left your list.</source>
            <translation>%1 has graduated and is no longer in your class. Nothing was saved; the request has left your list.</translation>
        </message>
        <message>
            <source>the system</source>
            <translation>the system</translation>
        </message>
        <message>
            <source>a staff member</source>
            <translation>a staff member</translation>
        </message>
    </context>
    <context>
        <name>BindingRequestsPage</name>
        <message>
            <source>The requests could not be loaded: %1 What is shown was kept. Press F5 to try again.</source>
            <translation>The requests could not be loaded: %1 What is shown was kept. Press F5 to try again.</translation>
        </message>
        <message>
            <source>No request selected</source>
            <translation>No request selected</translation>
        </message>
        <message>
            <source>When a request arrives, its evidence appears here.</source>
            <translation>When a request arrives, its evidence appears here.</translation>
        </message>
        <message>
            <source>Select a request to see its evidence here.</source>
            <translation>Select a request to see its evidence here.</translation>
        </message>
        <message>
            <source>This request cannot be shown</source>
            <translation>This request cannot be shown</translation>
        </message>
        <message>
            <source>%1 (%2) · %3</source>
            <comment>student (class) · applicant</comment>
            <translation>%1 (%2) · %3</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Approved: %1. The parent's account %2 was opened; they must change the initial password at first login.</source>
            <translation>Approved: %1. The parent's account %2 was opened; they must change the initial password at first login.</translation>
        </message>
        <message>
            <source>Approved: %1. Bound to the parent's existing account.</source>
            <translation>Approved: %1. Bound to the parent's existing account.</translation>
        </message>
        <message>
            <source>Rejected: %1 · %2. The parent is told why.</source>
            <translation>Rejected: %1 · %2. The parent is told why.</translation>
        </message>
        <message>
            <source>Returned to the parent: %1 · %2. The request waits for their answer.</source>
            <translation>Returned to the parent: %1 · %2. The request waits for their answer.</translation>
        </message>
        <message>
            <source>The stored verification report could not be read; verify the signature again for the full details.</source>
            <translation>The stored verification report could not be read; verify the signature again for the full details.</translation>
        </message>
        <message>
            <source>Request of %1 (%2) · %3: %4</source>
            <extracomment>About a request no longer on screen: student (class) · applicant: what happened</extracomment>
            <translation>Request of %1 (%2) · %3: %4</translation>
        </message>
        <message>
            <source>The connection was lost while your decision on %1 was being saved. CooC Desk is reconnecting and will then tell you whether it was saved; what you typed is kept.</source>
            <translation>The connection was lost while your decision on %1 was being saved. CooC Desk is reconnecting and will then tell you whether it was saved; what you typed is kept.</translation>
        </message>
        <message>
            <source>Your decision on %1 (%2) was saved before the connection was lost.</source>
            <translation>Your decision on %1 (%2) was saved before the connection was lost.</translation>
        </message>
        <message>
            <source>Your decision on %1 (%2) was not saved: the request is unchanged. Decide again; what you typed comes back in the dialog.</source>
            <translation>Your decision on %1 (%2) was not saved: the request is unchanged. Decide again; what you typed comes back in the dialog.</translation>
        </message>
        <message>
            <source>Your decision on %1 (%2) was not saved: meanwhile the request became %3.</source>
            <translation>Your decision on %1 (%2) was not saved: meanwhile the request became %3.</translation>
        </message>
        <message>
            <source>The e-signature on the request of %1 (%2) · %3 was verified again and the result recorded.</source>
            <translation>The e-signature on the request of %1 (%2) · %3 was verified again and the result recorded.</translation>
        </message>
        <message>
            <source>The household check of the request of %1 (%2) · %3 answered: %4</source>
            <translation>The household check of the request of %1 (%2) · %3 answered: %4</translation>
        </message>
        <message>
            <source>Your decision on %1 was not saved, and the request is no longer visible to you.</source>
            <translation>Your decision on %1 was not saved, and the request is no longer visible to you.</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
    </context>
    <context>
        <name>BindingReviewActions</name>
        <message>
            <source>&amp;Approve</source>
            <extracomment>Menu item; A is its key</extracomment>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <source>Approve the binding: the parent's account opens</source>
            <translation>Approve the binding: the parent's account opens</translation>
        </message>
        <message>
            <source>&amp;Reject…</source>
            <translation>&amp;Reject…</translation>
        </message>
        <message>
            <source>Reject the request with a reason</source>
            <translation>Reject the request with a reason</translation>
        </message>
        <message>
            <source>Ask for &amp;information…</source>
            <translation>Ask for &amp;information…</translation>
        </message>
        <message>
            <source>Return the request to the parent, saying what is missing</source>
            <translation>Return the request to the parent, saying what is missing</translation>
        </message>
        <message>
            <source>&amp;Signature details…</source>
            <translation>&amp;Signature details…</translation>
        </message>
        <message>
            <source>Show the full verification report</source>
            <translation>Show the full verification report</translation>
        </message>
        <message>
            <source>&amp;Verify again</source>
            <translation>&amp;Verify again</translation>
        </message>
        <message>
            <source>Run the e-signature verification again and record the result</source>
            <translation>Run the e-signature verification again and record the result</translation>
        </message>
        <message>
            <source>Check &amp;household again</source>
            <translation>Check &amp;household again</translation>
        </message>
        <message>
            <source>Ask the household-registration service again and record the answer</source>
            <translation>Ask the household-registration service again and record the answer</translation>
        </message>
        <message>
            <source>&amp;Next request</source>
            <translation>&amp;Next request</translation>
        </message>
        <message>
            <source>Next request</source>
            <translation>Next request</translation>
        </message>
        <message>
            <source>Previous request</source>
            <translation>Previous request</translation>
        </message>
        <message>
            <source>Approve all &amp;fast-track…</source>
            <translation>Approve all &amp;fast-track…</translation>
        </message>
        <message>
            <source>Approve every pending request with a valid e-signature, a matching household check and an enrolled student, after a confirmation listing them</source>
            <translation>Approve every pending request with a valid e-signature, a matching household check and an enrolled student, after a confirmation listing them</translation>
        </message>
        <message>
            <source>&amp;Parent view</source>
            <translation>&amp;Parent view</translation>
        </message>
        <message>
            <source>See what the applying parent sees in the app for this child, and why anything is hidden</source>
            <translation>See what the applying parent sees in the app for this child, and why anything is hidden</translation>
        </message>
        <message>
            <source>Previ&amp;ous request</source>
            <translation>Previ&amp;ous request</translation>
        </message>
    </context>
    <context>
        <name>BindingReviewService</name>
        <message>
            <source>the system</source>
            <translation>the system</translation>
        </message>
        <message>
            <source>This request belongs to another school.</source>
            <translation>This request belongs to another school.</translation>
        </message>
        <message>
            <source>%1 is not currently in your class: only their homeroom teacher or the school's office staff may decide this request.</source>
            <translation>%1 is not currently in your class: only their homeroom teacher or the school's office staff may decide this request.</translation>
        </message>
        <message>
            <source>%1 transferred out of this school on %2. A binding can only be approved for a student currently enrolled here: reject the request, or let the new school decide it.</source>
            <translation>%1 transferred out of this school on %2. A binding can only be approved for a student currently enrolled here: reject the request, or let the new school decide it.</translation>
        </message>
        <message>
            <source>%1 has transferred out of this school. A binding can only be approved for a student currently enrolled here: reject the request, or let the new school decide it.</source>
            <translation>%1 has transferred out of this school. A binding can only be approved for a student currently enrolled here: reject the request, or let the new school decide it.</translation>
        </message>
        <message>
            <source>%1 has not yet been placed in a class. Approve the request once the student is placed; it stays in the queue until then.</source>
            <translation>%1 has not yet been placed in a class. Approve the request once the student is placed; it stays in the queue until then.</translation>
        </message>
        <message>
            <source>%1 has graduated from this school. A binding can only be approved for a student currently enrolled here.</source>
            <translation>%1 has graduated from this school. A binding can only be approved for a student currently enrolled here.</translation>
        </message>
        <message>
            <source>%1 is not enrolled in the current school year (%2): the school year has not been rolled over for this student. Approve the request once they are enrolled.</source>
            <translation>%1 is not enrolled in the current school year (%2): the school year has not been rolled over for this student. Approve the request once they are enrolled.</translation>
        </message>
        <message>
            <source>%1 is not enrolled at this school. A binding can only be approved for a student currently enrolled here.</source>
            <translation>%1 is not enrolled at this school. A binding can only be approved for a student currently enrolled here.</translation>
        </message>
        <message>
            <source>To approve it on the paper consent form, tick "Paper consent form checked" and give a reason.</source>
            <translation>To approve it on the paper consent form, tick "Paper consent form checked" and give a reason.</translation>
        </message>
        <message>
            <source>The e-signature has not been verified yet. Verify it first.</source>
            <translation>The e-signature has not been verified yet. Verify it first.</translation>
        </message>
        <message>
            <source>The request carries no e-signature.</source>
            <translation>The request carries no e-signature.</translation>
        </message>
        <message>
            <source>This request does not carry the parent's initial password, so no account can be opened for them. Nothing was saved; ask the applicant to submit the request again.</source>
            <translation>This request does not carry the parent's initial password, so no account can be opened for them. Nothing was saved; ask the applicant to submit the request again.</translation>
        </message>
        <message>
            <source>%1 is already bound to %2 (since %3). Reject this request as a duplicate.</source>
            <translation>%1 is already bound to %2 (since %3). Reject this request as a duplicate.</translation>
        </message>
        <message>
            <source>The parent has already been asked for more information; the request waits for their answer.</source>
            <translation>The parent has already been asked for more information; the request waits for their answer.</translation>
        </message>
        <message>
            <source>The e-signature is valid, so "%1" is not a reason that applies. Choose another reason.</source>
            <translation>The e-signature is valid, so "%1" is not a reason that applies. Choose another reason.</translation>
        </message>
        <message>
            <source>An e-signature that could not be confirmed is not an invalid one. Verify it again, or review the request by hand, instead of rejecting it for its signature.</source>
            <translation>An e-signature that could not be confirmed is not an invalid one. Verify it again, or review the request by hand, instead of rejecting it for its signature.</translation>
        </message>
        <message>
            <source>Say why the request is rejected: the parent reads this explanation. Nothing was saved.</source>
            <translation>Say why the request is rejected: the parent reads this explanation. Nothing was saved.</translation>
        </message>
        <message>
            <source>Say what the parent must add or correct: they read this text. Nothing was saved.</source>
            <translation>Say what the parent must add or correct: they read this text. Nothing was saved.</translation>
        </message>
        <message>
            <source>The request for %1 was already approved by %2 at %3. Nothing was saved.</source>
            <translation>The request for %1 was already approved by %2 at %3. Nothing was saved.</translation>
        </message>
        <message>
            <source>The request for %1 was already rejected by %2 at %3. Nothing was saved.</source>
            <translation>The request for %1 was already rejected by %2 at %3. Nothing was saved.</translation>
        </message>
        <message>
            <source>The parent withdrew the request for %1. Nothing was saved.</source>
            <translation>The parent withdrew the request for %1. Nothing was saved.</translation>
        </message>
        <message>
            <source>%1 asked the parent for more information on the request for %2 at %3 while you were looking at it. Nothing was saved; look at it again.</source>
            <translation>%1 asked the parent for more information on the request for %2 at %3 while you were looking at it. Nothing was saved; look at it again.</translation>
        </message>
        <message>
            <source>The request for %1 was changed by someone else since you opened it (for example its signature was verified again). Nothing was saved; look at it again.</source>
            <translation>The request for %1 was changed by someone else since you opened it (for example its signature was verified again). Nothing was saved; look at it again.</translation>
        </message>
        <message>
            <source>Skipped: the household check for %1 now says "%2", not "%3". Review this request by hand.</source>
            <translation>Skipped: the household check for %1 now says "%2", not "%3". Review this request by hand.</translation>
        </message>
        <message>
            <source>Skipped: the e-signature on the request for %1 is now "%2". Review this request by hand.</source>
            <translation>Skipped: the e-signature on the request for %1 is now "%2". Review this request by hand.</translation>
        </message>
        <message>
            <source>Skipped: %1 is no longer enrolled in a class here (%2). Review this request by hand.</source>
            <translation>Skipped: %1 is no longer enrolled in a class here (%2). Review this request by hand.</translation>
        </message>
        <message>
            <source>Skipped: the request for %1 comes from a caregiver (%2) without the delegation letter signed by the parent. Ask the applicant for it (I).</source>
            <translation>Skipped: the request for %1 comes from a caregiver (%2) without the delegation letter signed by the parent. Ask the applicant for it (I).</translation>
        </message>
        <message>
            <source>%1 applies as %2, neither a parent nor the legal guardian: such a caregiver needs the delegation letter signed by the parent, and this request has none. Nothing was saved; ask the applicant for it (I).</source>
            <translation>%1 applies as %2, neither a parent nor the legal guardian: such a caregiver needs the delegation letter signed by the parent, and this request has none. Nothing was saved; ask the applicant for it (I).</translation>
        </message>
        <message>
            <source>The e-signature is invalid, so it cannot support an approval.</source>
            <translation>The e-signature is invalid, so it cannot support an approval.</translation>
        </message>
        <message>
            <source>The e-signature could not be confirmed.</source>
            <translation>The e-signature could not be confirmed.</translation>
        </message>
        <message>
            <source>Verify it again later, or review it by hand.</source>
            <translation>Verify it again later, or review it by hand.</translation>
        </message>
    </context>
    <context>
        <name>CertificateAuthority</name>
        <message>
            <source>The certificate and key do not form a certificate authority.</source>
            <translation>The certificate and key do not form a certificate authority.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Current password:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>Con&amp;firm new password:</source>
            <translation>Con&amp;firm new password:</translation>
        </message>
        <message>
            <source>The two new passwords differ. Type the same password twice.</source>
            <translation>The two new passwords differ. Type the same password twice.</translation>
        </message>
        <message>
            <source>The current password is wrong. Nothing was changed; type it again.</source>
            <translation>The current password is wrong. Nothing was changed; type it again.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Choose your own password.&lt;/b&gt;&lt;br&gt;You logged in with the default password (the last 6 characters of your national ID), which others could guess. Choose a new password to continue.</source>
            <translation>&lt;b&gt;Choose your own password.&lt;/b&gt;&lt;br&gt;You logged in with the default password (the last 6 characters of your national ID), which others could guess. Choose a new password to continue.</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
        <message>
            <source>Log out without changing the password (Esc)</source>
            <translation>Log out without changing the password (Esc)</translation>
        </message>
        <message>
            <source>Choose a new password for %1.</source>
            <translation>Choose a new password for %1.</translation>
        </message>
        <message>
            <source>Close without changing anything (Esc)</source>
            <translation>Close without changing anything (Esc)</translation>
        </message>
        <message>
            <source>At least %1 characters; not your login name and not your current password; no spaces at the start or end.</source>
            <translation>At least %1 characters; not your login name and not your current password; no spaces at the start or end.</translation>
        </message>
    </context>
    <context>
        <name>ComingSoonPage</name>
        <message>
            <source>%1: not available in this version</source>
            <translation>%1: not available in this version</translation>
        </message>
        <message>
            <source>This area comes in a later version of CooC Desk. Nothing here is shown until it works with your school's real data.</source>
            <translation>This area comes in a later version of CooC Desk. Nothing here is shown until it works with your school's real data.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionMonitor</name>
        <message>
            <source>Connected</source>
            <translation>Connected</translation>
        </message>
        <message>
            <source>Connection lost — reconnecting…</source>
            <translation>Connection lost — reconnecting…</translation>
        </message>
        <message numerus="yes">
            <source>Offline — retrying every %n second(s)</source>
            <translation>
                <numerusform>Offline — retrying every %n second</numerusform>
                <numerusform>Offline — retrying every %n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConsentDocument</name>
        <message>
            <source>Father</source>
            <translation>Father</translation>
        </message>
        <message>
            <source>Mother</source>
            <translation>Mother</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <source>Grandparent</source>
            <translation>Grandparent</translation>
        </message>
        <message>
            <source>Delegated caregiver</source>
            <translation>Delegated caregiver</translation>
        </message>
        <message>
            <source>Request: %1</source>
            <translation>Request: %1</translation>
        </message>
        <message>
            <source>School code: %1</source>
            <translation>School code: %1</translation>
        </message>
        <message>
            <source>Student number: %1</source>
            <translation>Student number: %1</translation>
        </message>
        <message>
            <source>Parent e-mail: %1</source>
            <translation>Parent e-mail: %1</translation>
        </message>
        <message>
            <source>Relationship: %1</source>
            <translation>Relationship: %1</translation>
        </message>
        <message>
            <source>Last 4 characters of the parent's ID: %1</source>
            <translation>Last 4 characters of the parent's ID: %1</translation>
        </message>
        <message>
            <source>Consent text version: %1</source>
            <translation>Consent text version: %1</translation>
        </message>
        <message>
            <source>Nonce: %1</source>
            <translation>Nonce: %1</translation>
        </message>
        <message>
            <source>school code</source>
            <translation>school code</translation>
        </message>
        <message>
            <source>student number</source>
            <translation>student number</translation>
        </message>
        <message>
            <source>parent e-mail</source>
            <translation>parent e-mail</translation>
        </message>
        <message>
            <source>relationship</source>
            <translation>relationship</translation>
        </message>
        <message>
            <source>last 4 characters of the parent's ID</source>
            <translation>last 4 characters of the parent's ID</translation>
        </message>
    </context>
    <context>
        <name>CredentialStore</name>
        <message>
            <source>Secure storage (the system keychain) is not available, so the password was not remembered. You will be asked for it next time.</source>
            <translation>Secure storage (the system keychain) is not available, so the password was not remembered. You will be asked for it next time.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 is not a file.</translation>
        </message>
        <message>
            <source>%1 is not a CooC Desk database, or it is damaged. The file was left untouched; restore it from a backup or choose another file.</source>
            <translation>%1 is not a CooC Desk database, or it is damaged. The file was left untouched; restore it from a backup or choose another file.</translation>
        </message>
        <message>
            <source>The database file %1 does not exist.</source>
            <translation>The database file %1 does not exist.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>The folder %1 does not exist.</translation>
        </message>
        <message>
            <source>The Qt %1 database driver is not installed.</source>
            <translation>The Qt %1 database driver is not installed.</translation>
        </message>
        <message>
            <source>The server did not accept the user name or password.</source>
            <translation>The server did not accept the user name or password.</translation>
        </message>
        <message>
            <source>This account is disabled on the server. Ask the school's IT office.</source>
            <translation>This account is disabled on the server. Ask the school's IT office.</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified; the connection was refused.</source>
            <translation>The server's certificate could not be verified; the connection was refused.</translation>
        </message>
        <message>
            <source>The database file could not be opened.</source>
            <translation>The database file could not be opened.</translation>
        </message>
        <message>
            <source>The database server at %1 cannot be reached.</source>
            <translation>The database server at %1 cannot be reached.</translation>
        </message>
        <message>
            <source>preparing the connection</source>
            <translation>preparing the connection</translation>
        </message>
        <message>
            <source>preparing a query</source>
            <translation>preparing a query</translation>
        </message>
        <message>
            <source>running a query</source>
            <translation>running a query</translation>
        </message>
        <message>
            <source>changing the database structure</source>
            <translation>changing the database structure</translation>
        </message>
        <message>
            <source>The database refused this: your account may not do it.</source>
            <translation>The database refused this: your account may not do it.</translation>
        </message>
        <message>
            <source>Someone else changed this record at the same time. Nothing was saved; reload and try again.</source>
            <translation>Someone else changed this record at the same time. Nothing was saved; reload and try again.</translation>
        </message>
        <message>
            <source>The database rejected the data as invalid. Nothing was saved.</source>
            <translation>The database rejected the data as invalid. Nothing was saved.</translation>
        </message>
        <message>
            <source>The connection to the database server was lost while %1.</source>
            <translation>The connection to the database server was lost while %1.</translation>
        </message>
        <message>
            <source>The database is open read-only: nothing can be changed here.</source>
            <translation>The database is open read-only: nothing can be changed here.</translation>
        </message>
        <message>
            <source>The database is busy with another change. Nothing was saved; try again.</source>
            <translation>The database is busy with another change. Nothing was saved; try again.</translation>
        </message>
        <message>
            <source>The database file is damaged.</source>
            <translation>The database file is damaged.</translation>
        </message>
        <message>
            <source>A database error occurred while %1.</source>
            <translation>A database error occurred while %1.</translation>
        </message>
        <message>
            <source>This account may not use the database %1 on the server. Ask the school's IT office.</source>
            <translation>This account may not use the database %1 on the server. Ask the school's IT office.</translation>
        </message>
        <message>
            <source>The server does not accept this account from this computer. Ask the school's IT office.</source>
            <translation>The server does not accept this account from this computer. Ask the school's IT office.</translation>
        </message>
        <message>
            <source>There is no database %1 on the server at %2.</source>
            <translation>There is no database %1 on the server at %2.</translation>
        </message>
        <message>
            <source>No CA certificate is set for the server at %1, so its certificate cannot be checked and the connection was refused. Add sslrootcert=/path/to/the-city-ca.pem to the address (the school's IT office has the file).</source>
            <translation>No CA certificate is set for the server at %1, so its certificate cannot be checked and the connection was refused. Add sslrootcert=/path/to/the-city-ca.pem to the address (the school's IT office has the file).</translation>
        </message>
        <message>
            <source>The server at %1 does not offer an encrypted connection, and CooC Desk connects to it only over TLS. Ask the school's IT office.</source>
            <translation>The server at %1 does not offer an encrypted connection, and CooC Desk connects to it only over TLS. Ask the school's IT office.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseUrl</name>
        <message>
            <source>No database address was given.</source>
            <translation>No database address was given.</translation>
        </message>
        <message>
            <source>The database address is not a valid URL.</source>
            <translation>The database address is not a valid URL.</translation>
        </message>
        <message>
            <source>A SQLite address needs an absolute file path, e.g. sqlite:///home/me/school.sqlite.</source>
            <translation>A SQLite address needs an absolute file path, e.g. sqlite:///home/me/school.sqlite.</translation>
        </message>
        <message>
            <source>A PostgreSQL address needs a host, e.g. postgresql://user@db.example.tw/cooc.</source>
            <translation>A PostgreSQL address needs a host, e.g. postgresql://user@db.example.tw/cooc.</translation>
        </message>
        <message>
            <source>A PostgreSQL address needs a database name after the host.</source>
            <translation>A PostgreSQL address needs a database name after the host.</translation>
        </message>
        <message>
            <source>Unknown database type "%1": use sqlite:// or postgresql://.</source>
            <translation>Unknown database type "%1": use sqlite:// or postgresql://.</translation>
        </message>
        <message>
            <source>The address of the server at %1 asks for sslmode=%2. CooC Desk connects to a server on another computer only with sslmode=verify-full, which checks the server's certificate and name; ask the school's IT office for the address with the server's CA certificate (sslrootcert). Nothing was sent.</source>
            <translation>The address of the server at %1 asks for sslmode=%2. CooC Desk connects to a server on another computer only with sslmode=verify-full, which checks the server's certificate and name; ask the school's IT office for the address with the server's CA certificate (sslrootcert). Nothing was sent.</translation>
        </message>
        <message>
            <source>The option %1 in the server's address contains ";", which CooC Desk cannot pass on. Nothing was sent.</source>
            <translation>The option %1 in the server's address contains ";", which CooC Desk cannot pass on. Nothing was sent.</translation>
        </message>
    </context>
    <context>
        <name>DecisionNoteDialog</name>
        <message>
            <source>Choose a reason…</source>
            <extracomment>The empty first choice of the rejection reasons</extracomment>
            <translation>Choose a reason…</translation>
        </message>
        <message>
            <source>Choose a reason from the list.</source>
            <translation>Choose a reason from the list.</translation>
        </message>
        <message>
            <source>Explain the reason to the parent: they read this text.</source>
            <translation>Explain the reason to the parent: they read this text.</translation>
        </message>
        <message>
            <source>Say what the parent must add or correct: they read this text.</source>
            <translation>Say what the parent must add or correct: they read this text.</translation>
        </message>
        <message>
            <source>Reject binding request</source>
            <translation>Reject binding request</translation>
        </message>
        <message>
            <source>Ask for more information</source>
            <translation>Ask for more information</translation>
        </message>
        <message>
            <source>Reject the binding request of %1. The parent is told the reason and your explanation.</source>
            <translation>Reject the binding request of %1. The parent is told the reason and your explanation.</translation>
        </message>
        <message>
            <source>Return the binding request of %1 to the parent, saying what is missing. The request waits for their answer.</source>
            <translation>Return the binding request of %1 to the parent, saying what is missing. The request waits for their answer.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>&amp;Explanation for the parent:</source>
            <translation>&amp;Explanation for the parent:</translation>
        </message>
        <message>
            <source>&amp;What is needed:</source>
            <translation>&amp;What is needed:</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Send request</source>
            <translation>Send request</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>DemoSchool</name>
        <message>
            <source>The number of students must be between %1 and %2.</source>
            <translation>The number of students must be between %1 and %2.</translation>
        </message>
        <message>
            <source>The database is open read-only: demo data cannot be written.</source>
            <translation>The database is open read-only: demo data cannot be written.</translation>
        </message>
        <message>
            <source>Generating the demo data was cancelled; the database was left as it was.</source>
            <translation>Generating the demo data was cancelled; the database was left as it was.</translation>
        </message>
    </context>
    <context>
        <name>DemoSetup</name>
        <message>
            <source>The folder %1 could not be created, so the demo school has nowhere to go. Check that your home folder is writable.</source>
            <translation>The folder %1 could not be created, so the demo school has nowhere to go. Check that your home folder is writable.</translation>
        </message>
        <message>
            <source>Creating the demo school</source>
            <translation>Creating the demo school</translation>
        </message>
        <message>
            <source>Preparing the demo school…</source>
            <translation>Preparing the demo school…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancelling… nothing is kept.</source>
            <translation>Cancelling… nothing is kept.</translation>
        </message>
        <message>
            <source>%1 of %2 students
%3</source>
            <translation>%1 of %2 students
%3</translation>
        </message>
    </context>
    <context>
        <name>DemoSigner</name>
        <message>
            <source>The built-in DEMO certificate authority could not be loaded.</source>
            <translation>The built-in DEMO certificate authority could not be loaded.</translation>
        </message>
        <message>
            <source>The DEMO revocation lists could not be issued.</source>
            <translation>The DEMO revocation lists could not be issued.</translation>
        </message>
        <message>
            <source>A demo signing key could not be generated.</source>
            <translation>A demo signing key could not be generated.</translation>
        </message>
    </context>
    <context>
        <name>EsignTrustRepository</name>
        <message>
            <source>This trust entry no longer exists; someone removed it.</source>
            <translation>This trust entry no longer exists; someone removed it.</translation>
        </message>
        <message>
            <source>No school was chosen.</source>
            <translation>No school was chosen.</translation>
        </message>
        <message>
            <source>Only the school's administrators may change the e-signature trust settings.</source>
            <translation>Only the school's administrators may change the e-signature trust settings.</translation>
        </message>
        <message>
            <source>The expected fingerprint is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed). Nothing was added.</source>
            <translation>The expected fingerprint is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed). Nothing was added.</translation>
        </message>
        <message>
            <source>The file's SHA-256 fingerprint is %1, not the expected %2. It may be a different certificate than the one you meant; nothing was added.</source>
            <translation>The file's SHA-256 fingerprint is %1, not the expected %2. It may be a different certificate than the one you meant; nothing was added.</translation>
        </message>
        <message>
            <source>The certificate "%1" expired on %2. An expired certificate cannot be a trust anchor; nothing was added.</source>
            <translation>The certificate "%1" expired on %2. An expired certificate cannot be a trust anchor; nothing was added.</translation>
        </message>
        <message>
            <source>The certificate "%1" is not a certificate authority (it lacks basicConstraints CA:TRUE), so it cannot be a trust anchor or an intermediate. Nothing was added.</source>
            <translation>The certificate "%1" is not a certificate authority (it lacks basicConstraints CA:TRUE), so it cannot be a trust anchor or an intermediate. Nothing was added.</translation>
        </message>
        <message>
            <source>This revocation list of "%1" was due to be replaced on %2 (its next update). Download the current one from the certificate authority; nothing was added.</source>
            <translation>This revocation list of "%1" was due to be replaced on %2 (its next update). Download the current one from the certificate authority; nothing was added.</translation>
        </message>
        <message>
            <source>"%1" is not a certificate policy OID (such as 2.16.886.101.0.3.3).</source>
            <translation>"%1" is not a certificate policy OID (such as 2.16.886.101.0.3.3).</translation>
        </message>
        <message>
            <source>The label is longer than 200 characters.</source>
            <translation>The label is longer than 200 characters.</translation>
        </message>
        <message>
            <source>This %1 is already configured, as "%2" (%3). Nothing was added.</source>
            <translation>This %1 is already configured, as "%2" (%3). Nothing was added.</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>certificate</translation>
        </message>
        <message>
            <source>revocation list</source>
            <translation>revocation list</translation>
        </message>
        <message>
            <source>This revocation list names "%1" as its issuer, but its signature does not verify with the configured certificate of that name. It may be forged or damaged; nothing was added.</source>
            <translation>This revocation list names "%1" as its issuer, but its signature does not verify with the configured certificate of that name. It may be forged or damaged; nothing was added.</translation>
        </message>
        <message>
            <source>A revocation list of "%1" issued %2 is already configured ("%3"); this one was issued %4, which is not newer. Nothing was added.</source>
            <translation>A revocation list of "%1" issued %2 is already configured ("%3"); this one was issued %4, which is not newer. Nothing was added.</translation>
        </message>
        <message>
            <source>"%1" is configured for every school of the city; only the city's administrators can remove it.</source>
            <translation>"%1" is configured for every school of the city; only the city's administrators can remove it.</translation>
        </message>
        <message>
            <source>This trust entry was removed meanwhile by someone else.</source>
            <translation>This trust entry was removed meanwhile by someone else.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB; it is not a certificate or revocation list.</source>
            <translation>The file is larger than %1 MB; it is not a certificate or revocation list.</translation>
        </message>
        <message>
            <source>The file looks like PEM but holds no readable block (the Base64 text is damaged).</source>
            <translation>The file looks like PEM but holds no readable block (the Base64 text is damaged).</translation>
        </message>
        <message>
            <source>This file holds %1 certificates. Add them one at a time, each with its own fingerprint check.</source>
            <translation>This file holds %1 certificates. Add them one at a time, each with its own fingerprint check.</translation>
        </message>
        <message>
            <source>This file holds %1 revocation lists. Add them one at a time.</source>
            <translation>This file holds %1 revocation lists. Add them one at a time.</translation>
        </message>
        <message>
            <source>This file is not a certificate: neither PEM ("-----BEGIN CERTIFICATE-----") nor DER.</source>
            <translation>This file is not a certificate: neither PEM ("-----BEGIN CERTIFICATE-----") nor DER.</translation>
        </message>
        <message>
            <source>This file is not a revocation list (CRL): neither PEM ("-----BEGIN X509 CRL-----") nor DER.</source>
            <translation>This file is not a revocation list (CRL): neither PEM ("-----BEGIN X509 CRL-----") nor DER.</translation>
        </message>
        <message>
            <source>The certificate "%1" is not a root certificate: it was issued by "%2". A path can only end at a root, so no signature would pass with it as the trust anchor. Add its root as the trust anchor and this certificate as an intermediate. Nothing was added.</source>
            <translation>The certificate "%1" is not a root certificate: it was issued by "%2". A path can only end at a root, so no signature would pass with it as the trust anchor. Add its root as the trust anchor and this certificate as an intermediate. Nothing was added.</translation>
        </message>
    </context>
    <context>
        <name>FastTrackDialog</name>
        <message>
            <source>%1 (%2) · %3, %4</source>
            <comment>student (class) · applicant, relationship</comment>
            <translation>%1 (%2) · %3, %4</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Approving %1…</source>
            <translation>Approving %1…</translation>
        </message>
        <message>
            <source>%1 — approved</source>
            <translation>%1 — approved</translation>
        </message>
        <message>
            <source>%1 — not approved: %2</source>
            <translation>%1 — not approved: %2</translation>
        </message>
        <message>
            <source>Stopping after the current request…</source>
            <translation>Stopping after the current request…</translation>
        </message>
        <message>
            <source>Approve all fast-track requests</source>
            <translation>Approve all fast-track requests</translation>
        </message>
        <message numerus="yes">
            <source>Approve all %n</source>
            <translation>
                <numerusform>Approve all %n</numerusform>
                <numerusform>Approve all %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>No request qualifies for the fast track: it needs a valid e-signature, a matching household check and a student enrolled in a class.</source>
            <translation>No request qualifies for the fast track: it needs a valid e-signature, a matching household check and a student enrolled in a class.</translation>
        </message>
        <message numerus="yes">
            <source>Approving %n request(s) one by one…</source>
            <translation>
                <numerusform>Approving %n request one by one…</numerusform>
                <numerusform>Approving %n requests one by one…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>These are the oldest %n; run it again for the rest.</source>
            <translation>
                <numerusform>These are the oldest %n; run it again for the rest.</numerusform>
                <numerusform>These are the oldest %n; run it again for the rest.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — skipped: %2</source>
            <translation>%1 — skipped: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) have a valid e-signature, a matching household check and a student enrolled in a class. Each is checked again, approved and audited on its own; you can cancel at any time.</source>
            <translation>
                <numerusform>%n request have a valid e-signature, a matching household check and a student enrolled in a class. Each is checked again, approved and audited on its own; you can cancel at any time.</numerusform>
                <numerusform>%n requests have a valid e-signature, a matching household check and a student enrolled in a class. Each is checked again, approved and audited on its own; you can cancel at any time.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled: %n request(s) were approved before the run stopped.</source>
            <translation>
                <numerusform>Cancelled: %n request were approved before the run stopped.</numerusform>
                <numerusform>Cancelled: %n requests were approved before the run stopped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) approved.</source>
            <translation>
                <numerusform>%n request approved.</numerusform>
                <numerusform>%n requests approved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped because they no longer qualify or someone else changed them; review them by hand (see why below).</source>
            <translation>
                <numerusform>%n skipped because they no longer qualify or someone else changed them; review them by hand (see why below).</numerusform>
                <numerusform>%n skipped because they no longer qualify or someone else changed them; review them by hand (see why below).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not approved (see why below).</source>
            <translation>
                <numerusform>%n not approved (see why below).</numerusform>
                <numerusform>%n not approved (see why below).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — outcome unknown: %2</source>
            <translation>%1 — outcome unknown: %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>%n with an unknown outcome: the connection to the database was lost during the approval. Check them when the connection is back.</source>
            <translation>
                <numerusform>%n with an unknown outcome: the connection to the database was lost during the approval. Check them when the connection is back.</numerusform>
                <numerusform>%n with an unknown outcome: the connection to the database was lost during the approval. Check them when the connection is back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not attempted: the connection to the database was lost and could not be opened again.</source>
            <translation>
                <numerusform>%n not attempted: the connection to the database was lost and could not be opened again.</numerusform>
                <numerusform>%n not attempted: the connection to the database was lost and could not be opened again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FastTrackRunner</name>
        <message>
            <source>not attempted: the connection to the database was lost</source>
            <translation>not attempted: the connection to the database was lost</translation>
        </message>
        <message>
            <source>the connection to the database was lost; nothing was saved</source>
            <translation>the connection to the database was lost; nothing was saved</translation>
        </message>
        <message>
            <source>the connection to the database was lost; whether it was saved is not known — check this request when the connection is back</source>
            <translation>the connection to the database was lost; whether it was saved is not known — check this request when the connection is back</translation>
        </message>
    </context>
    <context>
        <name>Generator</name>
        <message>
            <source>Generating the demo data was cancelled; the database was left as it was.</source>
            <translation>Generating the demo data was cancelled; the database was left as it was.</translation>
        </message>
        <message>
            <source>This database already holds schools. Demo data is only generated into a new, empty database; nothing was changed.</source>
            <translation>This database already holds schools. Demo data is only generated into a new, empty database; nothing was changed.</translation>
        </message>
        <message>
            <source>staff and classes</source>
            <translation>staff and classes</translation>
        </message>
        <message>
            <source>students</source>
            <translation>students</translation>
        </message>
        <message>
            <source>families and guardians</source>
            <translation>families and guardians</translation>
        </message>
        <message>
            <source>binding requests and e-signatures</source>
            <translation>binding requests and e-signatures</translation>
        </message>
        <message>
            <source>absences and leave requests</source>
            <translation>absences and leave requests</translation>
        </message>
        <message>
            <source>grades, merits and gate swipes</source>
            <translation>grades, merits and gate swipes</translation>
        </message>
        <message>
            <source>notices, messages and activities</source>
            <translation>notices, messages and activities</translation>
        </message>
        <message>
            <source>The number of students must be between %1 and %2.</source>
            <translation>The number of students must be between %1 and %2.</translation>
        </message>
        <message>
            <source>preparing</source>
            <translation>preparing</translation>
        </message>
        <message>
            <source>writing</source>
            <translation>writing</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>transfers</source>
            <translation>transfers</translation>
        </message>
        <message>
            <source>finishing</source>
            <translation>finishing</translation>
        </message>
        <message>
            <source>A demo password could not be hashed.</source>
            <translation>A demo password could not be hashed.</translation>
        </message>
        <message>
            <source>A demo consent document could not be signed.</source>
            <translation>A demo consent document could not be signed.</translation>
        </message>
    </context>
    <context>
        <name>HouseholdCheck</name>
        <message>
            <source>The check was cancelled.</source>
            <translation>The check was cancelled.</translation>
        </message>
    </context>
    <context>
        <name>HouseholdResultStore</name>
        <message>
            <source>The binding request no longer exists.</source>
            <translation>The binding request no longer exists.</translation>
        </message>
        <message>
            <source>You may not act on this binding request: the student is not in your class or school.</source>
            <translation>You may not act on this binding request: the student is not in your class or school.</translation>
        </message>
        <message>
            <source>Not a household-check result.</source>
            <translation>Not a household-check result.</translation>
        </message>
        <message>
            <source>The household check has no valid time.</source>
            <translation>The household check has no valid time.</translation>
        </message>
        <message>
            <source>This binding request was already decided; its household result is kept as it was.</source>
            <translation>This binding request was already decided; its household result is kept as it was.</translation>
        </message>
        <message>
            <source>This binding request was decided meanwhile; its household result is kept as it was.</source>
            <translation>This binding request was decided meanwhile; its household result is kept as it was.</translation>
        </message>
    </context>
    <context>
        <name>HouseholdSettings</name>
        <message>
            <source>The CA certificates of the household service cannot be read (PEM expected).</source>
            <translation>The CA certificates of the household service cannot be read (PEM expected).</translation>
        </message>
        <message>
            <source>The pinned certificate fingerprint must be a SHA-256: 64 hexadecimal digits, colons allowed.</source>
            <translation>The pinned certificate fingerprint must be a SHA-256: 64 hexadecimal digits, colons allowed.</translation>
        </message>
        <message>
            <source>The ID-hash key id must be 1 to 64 characters.</source>
            <translation>The ID-hash key id must be 1 to 64 characters.</translation>
        </message>
        <message>
            <source>The ID-hash key id may hold only printable ASCII characters without spaces.</source>
            <translation>The ID-hash key id may hold only printable ASCII characters without spaces.</translation>
        </message>
        <message>
            <source>The transfer timeout must be between %1 and %2 seconds.</source>
            <translation>The transfer timeout must be between %1 and %2 seconds.</translation>
        </message>
        <message>
            <source>The time limit of one attempt must be at least the transfer timeout and at most %1 seconds.</source>
            <translation>The time limit of one attempt must be at least the transfer timeout and at most %1 seconds.</translation>
        </message>
        <message>
            <source>The number of attempts must be between 1 and 10.</source>
            <translation>The number of attempts must be between 1 and 10.</translation>
        </message>
    </context>
    <context>
        <name>HouseholdSettingsStore</name>
        <message>
            <source>No school was chosen.</source>
            <translation>No school was chosen.</translation>
        </message>
        <message>
            <source>Only the school's administrators may change the household service settings.</source>
            <translation>Only the school's administrators may change the household service settings.</translation>
        </message>
        <message>
            <source>The pinned certificate fingerprint must be a SHA-256: 64 hexadecimal digits, colons allowed.</source>
            <translation>The pinned certificate fingerprint must be a SHA-256: 64 hexadecimal digits, colons allowed.</translation>
        </message>
    </context>
    <context>
        <name>HouseholdSettingsWidget</name>
        <message>
            <source>Secure storage (the system keychain, Secret Service) is not available: the API key can be neither read nor stored on this computer, so checks cannot be sent from it.</source>
            <translation>Secure storage (the system keychain, Secret Service) is not available: the API key can be neither read nor stored on this computer, so checks cannot be sent from it.</translation>
        </message>
        <message>
            <source>Household-registration service</source>
            <translation>Household-registration service</translation>
        </message>
        <message>
            <source>Checks whether a parent and a child are registered in the same household in Taipei, so that a binding request can take the fast track. These settings apply to every computer of the school; the API key is kept only in this computer's keychain.</source>
            <translation>Checks whether a parent and a child are registered in the same household in Taipei, so that a binding request can take the fast track. These settings apply to every computer of the school; the API key is kept only in this computer's keychain.</translation>
        </message>
        <message>
            <source>The demo school answers from its own demo registry; these settings are what a real school configures.</source>
            <translation>The demo school answers from its own demo registry; these settings are what a real school configures.</translation>
        </message>
        <message>
            <source>Only the school's administrators can change them.</source>
            <translation>Only the school's administrators can change them.</translation>
        </message>
        <message>
            <source>Service &amp;address:</source>
            <translation>Service &amp;address:</translation>
        </message>
        <message>
            <source>CA certificates:</source>
            <translation>CA certificates:</translation>
        </message>
        <message>
            <source>Choose CA file…</source>
            <translation>Choose CA file…</translation>
        </message>
        <message>
            <source>Use the system store</source>
            <translation>Use the system store</translation>
        </message>
        <message>
            <source>Pinned server &amp;fingerprint:</source>
            <translation>Pinned server &amp;fingerprint:</translation>
        </message>
        <message>
            <source>optional: SHA-256 of the server certificate</source>
            <translation>optional: SHA-256 of the server certificate</translation>
        </message>
        <message>
            <source>ID-hash &amp;key id:</source>
            <translation>ID-hash &amp;key id:</translation>
        </message>
        <message>
            <source>&amp;Timeout:</source>
            <translation>&amp;Timeout:</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>A&amp;ttempts:</source>
            <translation>A&amp;ttempts:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API &amp;key:</translation>
        </message>
        <message>
            <source>paste the key issued by the city</source>
            <translation>paste the key issued by the city</translation>
        </message>
        <message>
            <source>Store in keychain</source>
            <translation>Store in keychain</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation>Forget</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>Test &amp;connection</translation>
        </message>
        <message>
            <source>Sends one check about no real person with the values above and shows the answer</source>
            <translation>Sends one check about no real person with the values above and shows the answer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The settings cannot be loaded: %1</source>
            <translation>The settings cannot be loaded: %1</translation>
        </message>
        <message>
            <source>Last changed %1 by %2.</source>
            <translation>Last changed %1 by %2.</translation>
        </message>
        <message>
            <source>Not configured yet.</source>
            <translation>Not configured yet.</translation>
        </message>
        <message>
            <source>The system's certificate store</source>
            <translation>The system's certificate store</translation>
        </message>
        <message>
            <source>%1 (SHA-256 %2…)</source>
            <translation>%1 (SHA-256 %2…)</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>Settings not saved</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <source>CA certificates of the household service</source>
            <translation>CA certificates of the household service</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
        </message>
        <message>
            <source>CA file not used</source>
            <translation>CA file not used</translation>
        </message>
        <message>
            <source>Not saved yet.</source>
            <translation>Not saved yet.</translation>
        </message>
        <message>
            <source>Checking the system keychain…</source>
            <translation>Checking the system keychain…</translation>
        </message>
        <message>
            <source>An API key for %1 is stored in this computer's keychain.</source>
            <translation>An API key for %1 is stored in this computer's keychain.</translation>
        </message>
        <message>
            <source>No API key for %1 is stored on this computer: checks cannot be sent.</source>
            <translation>No API key for %1 is stored on this computer: checks cannot be sent.</translation>
        </message>
        <message>
            <source>Enter the service address first: the key is stored for its host.</source>
            <translation>Enter the service address first: the key is stored for its host.</translation>
        </message>
        <message>
            <source>API key not stored</source>
            <translation>API key not stored</translation>
        </message>
        <message>
            <source>Forget the API key</source>
            <translation>Forget the API key</translation>
        </message>
        <message>
            <source>Remove the household service's API key from this computer's keychain? Checks cannot be sent from this computer until it is entered again.</source>
            <translation>Remove the household service's API key from this computer's keychain? Checks cannot be sent from this computer until it is entered again.</translation>
        </message>
        <message>
            <source>API key not forgotten</source>
            <translation>API key not forgotten</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Testing…</translation>
        </message>
        <message>
            <source>The household service is not configured: enter its address.</source>
            <translation>The household service is not configured: enter its address.</translation>
        </message>
        <message>
            <source>Asking the service (%1/%2)…</source>
            <translation>Asking the service (%1/%2)…</translation>
        </message>
        <message>
            <source>The demo registry</source>
            <translation>The demo registry</translation>
        </message>
        <message>
            <source>The service</source>
            <translation>The service</translation>
        </message>
        <message>
            <source>Connection works. %1 answered "%2" for the test query (no real person), reference %3.</source>
            <translation>Connection works. %1 answered "%2" for the test query (no real person), reference %3.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>No answer: %1</source>
            <translation>No answer: %1</translation>
        </message>
    </context>
    <context>
        <name>HttpHouseholdConfig</name>
        <message>
            <source>No API key for the household service is stored in the keychain.</source>
            <translation>No API key for the household service is stored in the keychain.</translation>
        </message>
        <message>
            <source>The household service's API key contains characters that cannot be sent.</source>
            <translation>The household service's API key contains characters that cannot be sent.</translation>
        </message>
        <message>
            <source>A CA certificate for the household service could not be read.</source>
            <translation>A CA certificate for the household service could not be read.</translation>
        </message>
        <message>
            <source>The pinned certificate fingerprint must be a SHA-256 (64 hex digits).</source>
            <translation>The pinned certificate fingerprint must be a SHA-256 (64 hex digits).</translation>
        </message>
        <message>
            <source>The ID-hash key id of the household service is missing or too long.</source>
            <translation>The ID-hash key id of the household service is missing or too long.</translation>
        </message>
        <message>
            <source>The household service's timeouts or retry settings are out of range.</source>
            <translation>The household service's timeouts or retry settings are out of range.</translation>
        </message>
        <message>
            <source>The CA certificate file %1 cannot be read.</source>
            <translation>The CA certificate file %1 cannot be read.</translation>
        </message>
        <message>
            <source>The file %1 holds no certificate.</source>
            <translation>The file %1 holds no certificate.</translation>
        </message>
        <message>
            <source>A certificate fingerprint is 64 hexadecimal digits (SHA-256), optionally separated by colons.</source>
            <translation>A certificate fingerprint is 64 hexadecimal digits (SHA-256), optionally separated by colons.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in — CooC Desk</source>
            <translation>Log in — CooC Desk</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>&amp;Account:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Remember me on this computer</source>
            <translation>&amp;Remember me on this computer</translation>
        </message>
        <message>
            <source>Choose a database: a CooC Desk file, or the postgresql:// address of your school's server.</source>
            <translation>Choose a database: a CooC Desk file, or the postgresql:// address of your school's server.</translation>
        </message>
        <message>
            <source>Open a CooC Desk database</source>
            <translation>Open a CooC Desk database</translation>
        </message>
        <message>
            <source>CooC Desk databases (*.sqlite *.db);;All files (*)</source>
            <translation>CooC Desk databases (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <source>Click to fill in the form with %1's account</source>
            <translation>Click to fill in the form with %1's account</translation>
        </message>
        <message>
            <source>Type your account and your password.</source>
            <translation>Type your account and your password.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connecting to %1…</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>Logging in…</translation>
        </message>
        <message>
            <source>Saving the password in the system keychain…</source>
            <translation>Saving the password in the system keychain…</translation>
        </message>
        <message>
            <source>Password not remembered</source>
            <translation>Password not remembered</translation>
        </message>
        <message>
            <source>Wrong account or password.</source>
            <translation>Wrong account or password.</translation>
        </message>
        <message>
            <source>This account is locked for now.</source>
            <translation>This account is locked for now.</translation>
        </message>
        <message>
            <source>The database cannot be reached.</source>
            <translation>The database cannot be reached.</translation>
        </message>
        <message>
            <source>The database file is damaged or is not a CooC Desk database.</source>
            <translation>The database file is damaged or is not a CooC Desk database.</translation>
        </message>
        <message>
            <source>This database was written by a newer CooC Desk.</source>
            <translation>This database was written by a newer CooC Desk.</translation>
        </message>
        <message>
            <source>This account may not use CooC Desk.</source>
            <translation>This account may not use CooC Desk.</translation>
        </message>
        <message>
            <source>The database was not found.</source>
            <translation>The database was not found.</translation>
        </message>
        <message>
            <source>You are not logged in.</source>
            <translation>You are not logged in.</translation>
        </message>
        <message>
            <source>CooC Desk</source>
            <translation>CooC Desk</translation>
        </message>
        <message>
            <source>Log in with your school account to review and decide what waits.</source>
            <translation>Log in with your school account to review and decide what waits.</translation>
        </message>
        <message>
            <source>/path/to/school.sqlite or postgresql://server/database</source>
            <translation>/path/to/school.sqlite or postgresql://server/database</translation>
        </message>
        <message>
            <source>A CooC Desk file on this computer, or postgresql://user@host:port/dbname?sslmode=verify-full for your school's server (central mode). The password is never part of the address.</source>
            <translation>A CooC Desk file on this computer, or postgresql://user@host:port/dbname?sslmode=verify-full for your school's server (central mode). The password is never part of the address.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>school code + last 9 characters of your ID</source>
            <translation>school code + last 9 characters of your ID</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <source>Log in (Enter)</source>
            <translation>Log in (Enter)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Close CooC Desk (Esc)</source>
            <translation>Close CooC Desk (Esc)</translation>
        </message>
        <message>
            <source>Keeps your password in the system keychain (Secret Service), never in a file.</source>
            <translation>Keeps your password in the system keychain (Secret Service), never in a file.</translation>
        </message>
        <message>
            <source>%1 Your password will not be remembered; type it each time.</source>
            <translation>%1 Your password will not be remembered; type it each time.</translation>
        </message>
        <message>
            <source>Demo school accounts</source>
            <translation>Demo school accounts</translation>
        </message>
        <message>
            <source>This is the demo school: its accounts and passwords are public, and every name in it is made up. Click an account to fill in the form.</source>
            <translation>This is the demo school: its accounts and passwords are public, and every name in it is made up. Click an account to fill in the form.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Homeroom teacher of %1</source>
            <translation>Homeroom teacher of %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Logged in as %1</source>
            <translation>Logged in as %1</translation>
        </message>
        <message>
            <source>The last request to the database succeeded.</source>
            <translation>The last request to the database succeeded.</translation>
        </message>
        <message>
            <source>The database could not be reached: %1 Press F5 to try again.</source>
            <translation>The database could not be reached: %1 Press F5 to try again.</translation>
        </message>
        <message>
            <source>%1 — CooC Desk</source>
            <translation>%1 — CooC Desk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>&amp;Log out</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Search…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About CooC Desk</source>
            <translation>&amp;About CooC Desk</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Areas</translation>
        </message>
        <message>
            <source>Esc	Close a dialog (Cancel)</source>
            <translation>Esc	Close a dialog (Cancel)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>About CooC Desk</source>
            <translation>About CooC Desk</translation>
        </message>
        <message>
            <source>CooC Desk %1
The desk of homeroom teachers and office staff on Taipei's parent–teacher–student platform.</source>
            <translation>CooC Desk %1
The desk of homeroom teachers and office staff on Taipei's parent–teacher–student platform.</translation>
        </message>
        <message>
            <source>The server could not be reached: %1 CooC Desk reconnects by itself; what you typed is kept.</source>
            <translation>The server could not be reached: %1 CooC Desk reconnects by itself; what you typed is kept.</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Review</translation>
        </message>
        <message>
            <source>Waiting: %1</source>
            <translation>Waiting: %1</translation>
        </message>
        <message>
            <source>%1, waiting: %2</source>
            <translation>%1, waiting: %2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>This database holds tables that CooC Desk did not create. It was left untouched.</source>
            <translation>This database holds tables that CooC Desk did not create. It was left untouched.</translation>
        </message>
        <message>
            <source>This database was updated by a newer version of CooC Desk (schema %1; this version knows up to %2). Install the newer version; the database was not changed.</source>
            <translation>This database was updated by a newer version of CooC Desk (schema %1; this version knows up to %2). Install the newer version; the database was not changed.</translation>
        </message>
        <message>
            <source>A built-in migration could not be read.</source>
            <translation>A built-in migration could not be read.</translation>
        </message>
        <message>
            <source>updating the database schema</source>
            <translation>updating the database schema</translation>
        </message>
        <message>
            <source>The database schema could not be updated to version %1; nothing was changed.</source>
            <translation>The database schema could not be updated to version %1; nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>ParentViewPage</name>
        <message>
            <source>The parent view needs its own read-only connection to the database, and it could not be opened: %1</source>
            <translation>The parent view needs its own read-only connection to the database, and it could not be opened: %1</translation>
        </message>
    </context>
    <context>
        <name>ParentViewWidget</name>
        <message>
            <source>The search failed</source>
            <translation>The search failed</translation>
        </message>
        <message>
            <source>&amp;Find a parent</source>
            <translation>&amp;Find a parent</translation>
        </message>
        <message>
            <source>E-mail, name, student number or #request</source>
            <translation>E-mail, name, student number or #request</translation>
        </message>
        <message>
            <source>An e-mail or its beginning, a parent's name or its beginning, a student number (that student's parents), or # and a binding request number. Ctrl+F. Enter opens the first match; ↓ moves to the list.</source>
            <translation>An e-mail or its beginning, a parent's name or its beginning, a student number (that student's parents), or # and a binding request number. Ctrl+F. Enter opens the first match; ↓ moves to the list.</translation>
        </message>
        <message>
            <source>No parent open</source>
            <translation>No parent open</translation>
        </message>
        <message>
            <source>Find a parent on the left to see exactly what they see in the CooC app on a given day, and why anything is hidden from them. Opening a parent's view is recorded in the audit log.</source>
            <translation>Find a parent on the left to see exactly what they see in the CooC app on a given day, and why anything is hidden from them. Opening a parent's view is recorded in the audit log.</translation>
        </message>
        <message>
            <source>As &amp;of:</source>
            <translation>As &amp;of:</translation>
        </message>
        <message>
            <source>See what the parent saw on an earlier day: the one-day lag, the binding and the enrollment are applied as they were that day.</source>
            <translation>See what the parent saw on an earlier day: the one-day lag, the binding and the enrollment are applied as they were that day.</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>The parent's children, as the app's switcher shows them (arrow keys, or Alt+PgDown / Alt+PgUp from anywhere).</source>
            <translation>The parent's children, as the app's switcher shows them (arrow keys, or Alt+PgDown / Alt+PgUp from anywhere).</translation>
        </message>
        <message>
            <source>&amp;Grades</source>
            <translation>&amp;Grades</translation>
        </message>
        <message>
            <source>&amp;Absences</source>
            <translation>&amp;Absences</translation>
        </message>
        <message>
            <source>&amp;Merits/demerits</source>
            <translation>&amp;Merits/demerits</translation>
        </message>
        <message>
            <source>Gate &amp;swipes</source>
            <translation>Gate &amp;swipes</translation>
        </message>
        <message>
            <source>&amp;Notices</source>
            <translation>&amp;Notices</translation>
        </message>
        <message>
            <source>&amp;Leave</source>
            <translation>&amp;Leave</translation>
        </message>
        <message>
            <source>&amp;Contact book</source>
            <translation>&amp;Contact book</translation>
        </message>
        <message>
            <source>Acti&amp;vities</source>
            <translation>Acti&amp;vities</translation>
        </message>
        <message>
            <source>Show &amp;earlier swipes</source>
            <translation>Show &amp;earlier swipes</translation>
        </message>
        <message>
            <source>The search failed.</source>
            <translation>The search failed.</translation>
        </message>
        <message>
            <source>No parent matches "%1".</source>
            <translation>No parent matches "%1".</translation>
        </message>
        <message>
            <source>More matches load as you scroll.</source>
            <translation>More matches load as you scroll.</translation>
        </message>
        <message>
            <source>The student's parents could not be listed</source>
            <translation>The student's parents could not be listed</translation>
        </message>
        <message>
            <source>No parent is bound to this student or has applied.</source>
            <translation>No parent is bound to this student or has applied.</translation>
        </message>
        <message>
            <source>The parent view could not be opened</source>
            <translation>The parent view could not be opened</translation>
        </message>
        <message>
            <source>%1: %2 Nothing was changed.</source>
            <translation>%1: %2 Nothing was changed.</translation>
        </message>
        <message>
            <source>Read-only. This is what %1 sees in the CooC app now (%2). Nothing here can be changed.</source>
            <translation>Read-only. This is what %1 sees in the CooC app now (%2). Nothing here can be changed.</translation>
        </message>
        <message>
            <source>Read-only. This is what %1 saw in the CooC app at the end of %2. Nothing here can be changed.</source>
            <translation>Read-only. This is what %1 saw in the CooC app at the end of %2. Nothing here can be changed.</translation>
        </message>
        <message>
            <source>applicant, no account yet</source>
            <translation>applicant, no account yet</translation>
        </message>
        <message>
            <source>%1 (hidden)</source>
            <translation>%1 (hidden)</translation>
        </message>
        <message>
            <source>The parent is the %1.</source>
            <translation>The parent is the %1.</translation>
        </message>
        <message>
            <source>This parent has no children bound or applied for.</source>
            <translation>This parent has no children bound or applied for.</translation>
        </message>
        <message>
            <source>This applicant has no children bound or applied for.</source>
            <translation>This applicant has no children bound or applied for.</translation>
        </message>
        <message>
            <source>The app shows this parent no child.</source>
            <translation>The app shows this parent no child.</translation>
        </message>
        <message>
            <source>class %1, seat %2</source>
            <translation>class %1, seat %2</translation>
        </message>
        <message>
            <source>student number %1</source>
            <translation>student number %1</translation>
        </message>
        <message>
            <source>the parent is the %1</source>
            <translation>the parent is the %1</translation>
        </message>
        <message>
            <source>the parent sees this child</source>
            <translation>the parent sees this child</translation>
        </message>
        <message>
            <source>HIDDEN from the parent</source>
            <translation>HIDDEN from the parent</translation>
        </message>
        <message>
            <source>The app does not show %1 to this parent on this day, so none of the child's records are visible. "Why can't they see…?" below says why and what would fix it.</source>
            <translation>The app does not show %1 to this parent on this day, so none of the child's records are visible. "Why can't they see…?" below says why and what would fix it.</translation>
        </message>
        <message>
            <source>The parent sees %1 in the app, but the child is not in your class or school: only the staff of %2 can look at these records.</source>
            <translation>The parent sees %1 in the app, but the child is not in your class or school: only the staff of %2 can look at these records.</translation>
        </message>
        <message numerus="yes">
            <source>Why can't they see…? (%n hidden)</source>
            <translation>
                <numerusform>Why can't they see…? (%n hidden)</numerusform>
                <numerusform>Why can't they see…? (%n hidden)</numerusform>
            </translation>
        </message>
        <message>
            <source>Why can't they see…?</source>
            <translation>Why can't they see…?</translation>
        </message>
        <message>
            <source>Earlier gate swipes could not be loaded</source>
            <translation>Earlier gate swipes could not be loaded</translation>
        </message>
    </context>
    <context>
        <name>RoleProvisioner</name>
        <message>
            <source>"%1" is not a CooC Desk group role.</source>
            <translation>"%1" is not a CooC Desk group role.</translation>
        </message>
        <message>
            <source>The initial password could not be prepared.</source>
            <translation>The initial password could not be prepared.</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Homeroom teacher (%1)</source>
            <translation>Homeroom teacher (%1)</translation>
        </message>
        <message>
            <source>No role at this school</source>
            <translation>No role at this school</translation>
        </message>
        <message>
            <source>%1 (central)</source>
            <translation>%1 (central)</translation>
        </message>
        <message>
            <source>Demo school (SQLite)</source>
            <translation>Demo school (SQLite)</translation>
        </message>
        <message>
            <source>%1 (SQLite)</source>
            <translation>%1 (SQLite)</translation>
        </message>
        <message>
            <source>Demo school – %1 (central)</source>
            <translation>Demo school – %1 (central)</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Language not changed</source>
            <translation>Language not changed</translation>
        </message>
        <message>
            <source>Password not forgotten</source>
            <translation>Password not forgotten</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>Your new password is in effect from now on.</source>
            <translation>Your new password is in effect from now on.</translation>
        </message>
        <message>
            <source>Password not remembered</source>
            <translation>Password not remembered</translation>
        </message>
        <message>
            <source>Checking the system keychain…</source>
            <translation>Checking the system keychain…</translation>
        </message>
        <message>
            <source>Available: "Remember me" in the login dialog keeps your password in the system keychain (Secret Service), never in a file. No password is remembered for %1.</source>
            <translation>Available: "Remember me" in the login dialog keeps your password in the system keychain (Secret Service), never in a file. No password is remembered for %1.</translation>
        </message>
        <message>
            <source>Available: the password of %1 is remembered in the system keychain (Secret Service).</source>
            <translation>Available: the password of %1 is remembered in the system keychain (Secret Service).</translation>
        </message>
        <message>
            <source>Unavailable: %1</source>
            <translation>Unavailable: %1</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Display language:</source>
            <translation>&amp;Display language:</translation>
        </message>
        <message>
            <source>Applied at once to every window, and remembered for the next start.</source>
            <translation>Applied at once to every window, and remembered for the next start.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Central mode: you are connected to the school's server with your own account; the server decides what you may see and change.</source>
            <translation>Central mode: you are connected to the school's server with your own account; the server decides what you may see and change.</translation>
        </message>
        <message>
            <source>Embedded mode: a database file on this computer. To open another database, log out (Ctrl+Shift+Q) and choose it in the login dialog.</source>
            <translation>Embedded mode: a database file on this computer. To open another database, log out (Ctrl+Shift+Q) and choose it in the login dialog.</translation>
        </message>
        <message>
            <source>Remembered password</source>
            <translation>Remembered password</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>Ask the system keychain again (F5)</source>
            <translation>Ask the system keychain again (F5)</translation>
        </message>
        <message>
            <source>Forget remembered password</source>
            <translation>Forget remembered password</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Logged in as %1 (%2), %3.</source>
            <translation>Logged in as %1 (%2), %3.</translation>
        </message>
        <message>
            <source>Change password…</source>
            <translation>Change password…</translation>
        </message>
    </context>
    <context>
        <name>SignatureDetailsDialog</name>
        <message>
            <source>Signature details</source>
            <translation>Signature details</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>&amp;Copy report</source>
            <translation>&amp;Copy report</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>the document has not been changed since it was signed.</source>
            <translation>the document has not been changed since it was signed.</translation>
        </message>
        <message>
            <source>there is no electronic signature.</source>
            <translation>there is no electronic signature.</translation>
        </message>
        <message>
            <source>not checked.</source>
            <translation>not checked.</translation>
        </message>
        <message>
            <source>Signature integrity: %1 — %2</source>
            <translation>Signature integrity: %1 — %2</translation>
        </message>
        <message>
            <source>issued by %1 to %2, trusted, not revoked.</source>
            <translation>issued by %1 to %2, trusted, not revoked.</translation>
        </message>
        <message>
            <source>Certificate status: %1 — %2</source>
            <translation>Certificate status: %1 — %2</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Signer</translation>
        </message>
        <message>
            <source>Name (certificate CN)</source>
            <translation>Name (certificate CN)</translation>
        </message>
        <message>
            <source>ID, last 4 characters</source>
            <translation>ID, last 4 characters</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Card number</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>not compared</translation>
        </message>
        <message>
            <source>name and ID digits match the applicant</source>
            <translation>name and ID digits match the applicant</translation>
        </message>
        <message>
            <source>the name differs from the applicant's</source>
            <translation>the name differs from the applicant's</translation>
        </message>
        <message>
            <source>the ID digits differ from the applicant's</source>
            <translation>the ID digits differ from the applicant's</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <source>Certificate chain</source>
            <translation>Certificate chain</translation>
        </message>
        <message>
            <source>Trust anchor</source>
            <translation>Trust anchor</translation>
        </message>
        <message>
            <source>Issuing CA</source>
            <translation>Issuing CA</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <source>Key identifier</source>
            <translation>Key identifier</translation>
        </message>
        <message>
            <source>Authority key identifier</source>
            <translation>Authority key identifier</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>%1, %2 bits</source>
            <translation>%1, %2 bits</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <source>none could be read</source>
            <translation>none could be read</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>a trusted timestamp by %1</source>
            <translation>a trusted timestamp by %1</translation>
        </message>
        <message>
            <source>the verification time (no timestamp)</source>
            <translation>the verification time (no timestamp)</translation>
        </message>
        <message>
            <source>Best signature time</source>
            <translation>Best signature time</translation>
        </message>
        <message>
            <source>%1, from %2</source>
            <translation>%1, from %2</translation>
        </message>
        <message>
            <source>Signing time claimed by the signer's computer</source>
            <translation>Signing time claimed by the signer's computer</translation>
        </message>
        <message>
            <source>%1 (information only)</source>
            <translation>%1 (information only)</translation>
        </message>
        <message>
            <source>Verified at</source>
            <translation>Verified at</translation>
        </message>
        <message>
            <source>Revocation</source>
            <translation>Revocation</translation>
        </message>
        <message>
            <source>not revoked</source>
            <translation>not revoked</translation>
        </message>
        <message>
            <source>revoked on %1</source>
            <translation>revoked on %1</translation>
        </message>
        <message>
            <source>suspended (certificate hold) since %1</source>
            <translation>suspended (certificate hold) since %1</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>not checked</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Checked at</source>
            <translation>Checked at</translation>
        </message>
        <message>
            <source>Algorithms</source>
            <translation>Algorithms</translation>
        </message>
        <message>
            <source>CMS, document attached (card reader)</source>
            <translation>CMS, document attached (card reader)</translation>
        </message>
        <message>
            <source>CMS, detached (card reader)</source>
            <translation>CMS, detached (card reader)</translation>
        </message>
        <message>
            <source>PKCS#1 (mobile citizen certificate)</source>
            <translation>PKCS#1 (mobile citizen certificate)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>Digest</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Signing key</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Errors</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>For an audit</source>
            <translation>For an audit</translation>
        </message>
        <message>
            <source>Document SHA-256</source>
            <translation>Document SHA-256</translation>
        </message>
        <message>
            <source>Signature SHA-256</source>
            <translation>Signature SHA-256</translation>
        </message>
        <message>
            <source>Signer certificate SHA-256</source>
            <translation>Signer certificate SHA-256</translation>
        </message>
        <message>
            <source>Trust anchors (SHA-256)</source>
            <translation>Trust anchors (SHA-256)</translation>
        </message>
        <message>
            <source>Verifier</source>
            <translation>Verifier</translation>
        </message>
        <message>
            <source>Report copied to the clipboard (JSON).</source>
            <translation>Report copied to the clipboard (JSON).</translation>
        </message>
        <message>
            <source>%1 (key ID %2…)</source>
            <translation>%1 (key ID %2…)</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>issued by %1 to %2, trusted; revoked only after the signature was made.</source>
            <translation>issued by %1 to %2, trusted; revoked only after the signature was made.</translation>
        </message>
        <message>
            <source>issued by %1 to %2, trusted, not revoked; the issuing CA's own revocation was not checked.</source>
            <translation>issued by %1 to %2, trusted, not revoked; the issuing CA's own revocation was not checked.</translation>
        </message>
        <message>
            <source>the details behind the verdict were not kept; verify the signature again.</source>
            <translation>the details behind the verdict were not kept; verify the signature again.</translation>
        </message>
        <message>
            <source>%1 (%2) — %3</source>
            <extracomment>The verdict, the sub-indication code (e.g. HASH_FAILURE) and its meaning.</extracomment>
            <translation>%1 (%2) — %3</translation>
        </message>
    </context>
    <context>
        <name>SignatureVerifier</name>
        <message>
            <source>The signature is empty.</source>
            <translation>The signature is empty.</translation>
        </message>
        <message>
            <source>The signature or document is larger than %1 MiB.</source>
            <translation>The signature or document is larger than %1 MiB.</translation>
        </message>
    </context>
    <context>
        <name>Text</name>
        <message>
            <source>no class yet</source>
            <translation>no class yet</translation>
        </message>
        <message>
            <source>not enrolled</source>
            <translation>not enrolled</translation>
        </message>
        <message>
            <source>The parent view needs a read-only connection.</source>
            <translation>The parent view needs a read-only connection.</translation>
        </message>
        <message>
            <source>There is no binding request #%1.</source>
            <translation>There is no binding request #%1.</translation>
        </message>
        <message>
            <source>Binding request #%1 (%2) for %3</source>
            <translation>Binding request #%1 (%2) for %3</translation>
        </message>
        <message>
            <source>Binding request #%1 (%2) for %3 — no parent account yet</source>
            <translation>Binding request #%1 (%2) for %3 — no parent account yet</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>%1 · binding %2</source>
            <translation>%1 · binding %2</translation>
        </message>
        <message>
            <source>%1 · binding request #%2 %3</source>
            <translation>%1 · binding request #%2 %3</translation>
        </message>
        <message>
            <source>There is no parent with this id (%1).</source>
            <translation>There is no parent with this id (%1).</translation>
        </message>
        <message>
            <source>None of this parent's children is in your class or school, so you cannot open their parent view.</source>
            <translation>None of this parent's children is in your class or school, so you cannot open their parent view.</translation>
        </message>
        <message>
            <source>Grade: %1, %2</source>
            <translation>Grade: %1, %2</translation>
        </message>
        <message>
            <source>Absence: %1, %2 (%3)</source>
            <translation>Absence: %1, %2 (%3)</translation>
        </message>
        <message>
            <source>%1 × %2: %3</source>
            <translation>%1 × %2: %3</translation>
        </message>
        <message>
            <source>Recorded after the "as of" moment: on %1 they did not exist yet.</source>
            <translation>Recorded after the "as of" moment: on %1 they did not exist yet.</translation>
        </message>
        <message>
            <source>Nothing: choose a later "as of" day to see them.</source>
            <translation>Nothing: choose a later "as of" day to see them.</translation>
        </message>
        <message numerus="yes">
            <source>%n grade(s) recorded later</source>
            <translation>
                <numerusform>%n grade recorded later</numerusform>
                <numerusform>%n grades recorded later</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n absence(s) recorded later</source>
            <translation>
                <numerusform>%n absence recorded later</numerusform>
                <numerusform>%n absences recorded later</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merit/demerit record(s) recorded later</source>
            <translation>
                <numerusform>%n merit/demerit record recorded later</numerusform>
                <numerusform>%n merit/demerit records recorded later</numerusform>
            </translation>
        </message>
        <message>
            <source>Notice "%1"</source>
            <translation>Notice "%1"</translation>
        </message>
        <message>
            <source>This child's records are not open in this view.</source>
            <translation>This child's records are not open in this view.</translation>
        </message>
    </context>
    <context>
        <name>TrustConfigService</name>
        <message>
            <source>No trust anchor is configured for this school, so e-signatures cannot be verified. An administrator adds the certificate authority's root certificate in Settings → E-signature trust.</source>
            <translation>No trust anchor is configured for this school, so e-signatures cannot be verified. An administrator adds the certificate authority's root certificate in Settings → E-signature trust.</translation>
        </message>
        <message>
            <source>The e-signature trust settings of this school cannot be used: %1</source>
            <translation>The e-signature trust settings of this school cannot be used: %1</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>The file %1 cannot be read.</translation>
        </message>
        <message>
            <source>The file %1 is larger than %2 MB; it is not a certificate or revocation list.</source>
            <translation>The file %1 is larger than %2 MB; it is not a certificate or revocation list.</translation>
        </message>
        <message>
            <source>Not a root certificate (issued by "%1"): no signature's certificate path can end at it. Add its root as the trust anchor and this certificate as an intermediate, then remove this row.</source>
            <translation>Not a root certificate (issued by "%1"): no signature's certificate path can end at it. Add its root as the trust anchor and this certificate as an intermediate, then remove this row.</translation>
        </message>
    </context>
    <context>
        <name>TrustMaterial</name>
        <message>
            <source>Trust anchor</source>
            <translation>Trust anchor</translation>
        </message>
        <message>
            <source>Intermediate CA</source>
            <translation>Intermediate CA</translation>
        </message>
        <message>
            <source>Revocation list (CRL)</source>
            <translation>Revocation list (CRL)</translation>
        </message>
        <message>
            <source>Timestamping root (TSA)</source>
            <translation>Timestamping root (TSA)</translation>
        </message>
    </context>
    <context>
        <name>TrustMaterialInfo</name>
        <message>
            <source>CRL: %1</source>
            <translation>CRL: %1</translation>
        </message>
    </context>
    <context>
        <name>TrustSettingsWidget</name>
        <message>
            <source>E-signature trust</source>
            <translation>E-signature trust</translation>
        </message>
        <message>
            <source>Parents' e-signatures are verified against these certificates only; nothing is fetched from the Internet. Before adding a certificate, compare its SHA-256 fingerprint with the one the certificate authority publishes.</source>
            <translation>Parents' e-signatures are verified against these certificates only; nothing is fetched from the Internet. Before adding a certificate, compare its SHA-256 fingerprint with the one the certificate authority publishes.</translation>
        </message>
        <message>
            <source>Parents' e-signatures are verified against these certificates only. Only the school's administrators can change them.</source>
            <translation>Parents' e-signatures are verified against these certificates only. Only the school's administrators can change them.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>What the file you add is</source>
            <translation>What the file you add is</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>Choose a certificate or revocation list file (PEM or DER) and confirm its fingerprint</source>
            <translation>Choose a certificate or revocation list file (PEM or DER) and confirm its fingerprint</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>Loading the trust settings…</source>
            <translation>Loading the trust settings…</translation>
        </message>
        <message>
            <source>The trust settings cannot be loaded: %1</source>
            <translation>The trust settings cannot be loaded: %1</translation>
        </message>
        <message>
            <source>No trust anchor is configured: e-signatures cannot be verified until an administrator adds one.</source>
            <translation>No trust anchor is configured: e-signatures cannot be verified until an administrator adds one.</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <source>Shipped with the demo school: NOT a real certificate authority.</source>
            <translation>Shipped with the demo school: NOT a real certificate authority.</translation>
        </message>
        <message>
            <source>City-wide</source>
            <translation>City-wide</translation>
        </message>
        <message>
            <source>Stale: replace it</source>
            <translation>Stale: replace it</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>next update %1</source>
            <translation>next update %1</translation>
        </message>
        <message>
            <source>no next update</source>
            <translation>no next update</translation>
        </message>
        <message>
            <source>Add: %1</source>
            <translation>Add: %1</translation>
        </message>
        <message>
            <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
            <translation>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>Not added</translation>
        </message>
        <message>
            <source>Issuer: %1
Issued: %2
Next update: %3
Revoked certificates: %4</source>
            <translation>Issuer: %1
Issued: %2
Next update: %3
Revoked certificates: %4</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Subject: %1
Issuer: %2
Valid: %3 to %4</source>
            <translation>Subject: %1
Issuer: %2
Valid: %3 to %4</translation>
        </message>
        <message>
            <source>Add this %1?

%2

SHA-256 fingerprint:
%3

Compare this fingerprint with the one the certificate authority publishes (on its web site or in its letter). Add it only if every character is the same.</source>
            <extracomment>%1 is e.g. "Trust anchor"; the fingerprint follows on its own line.</extracomment>
            <translation>Add this %1?

%2

SHA-256 fingerprint:
%3

Compare this fingerprint with the one the certificate authority publishes (on its web site or in its letter). Add it only if every character is the same.</translation>
        </message>
        <message>
            <source>Confirm the fingerprint</source>
            <translation>Confirm the fingerprint</translation>
        </message>
        <message>
            <source>The fingerprint matches: Add</source>
            <translation>The fingerprint matches: Add</translation>
        </message>
        <message>
            <source>Adding…</source>
            <translation>Adding…</translation>
        </message>
        <message>
            <source>Added "%1".</source>
            <translation>Added "%1".</translation>
        </message>
        <message numerus="yes">
            <source>It replaces %n older revocation list(s) of the same issuer.</source>
            <translation>
                <numerusform>It replaces %n older revocation list of the same issuer.</numerusform>
                <numerusform>It replaces %n older revocation lists of the same issuer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Signatures that chain only to this anchor will no longer verify.</source>
            <translation>Signatures that chain only to this anchor will no longer verify.</translation>
        </message>
        <message>
            <source>Certificates of its issuer can then not be checked for revocation.</source>
            <translation>Certificates of its issuer can then not be checked for revocation.</translation>
        </message>
        <message>
            <source>Signatures that need it may no longer verify.</source>
            <translation>Signatures that need it may no longer verify.</translation>
        </message>
        <message>
            <source>Remove trust entry</source>
            <translation>Remove trust entry</translation>
        </message>
        <message>
            <source>Remove "%1" (%2)?

%3</source>
            <translation>Remove "%1" (%2)?

%3</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Removing…</translation>
        </message>
        <message>
            <source>Not removed</source>
            <translation>Not removed</translation>
        </message>
        <message>
            <source>Removed "%1".</source>
            <translation>Removed "%1".</translation>
        </message>
    </context>
    <context>
        <name>TrustStore</name>
        <message>
            <source>No trust anchor is configured.</source>
            <translation>No trust anchor is configured.</translation>
        </message>
        <message>
            <source>The trust store could not be created.</source>
            <translation>The trust store could not be created.</translation>
        </message>
        <message>
            <source>A trust anchor certificate cannot be used.</source>
            <translation>A trust anchor certificate cannot be used.</translation>
        </message>
        <message>
            <source>The trust anchor "%1" does not match its pinned SHA-256 fingerprint.</source>
            <translation>The trust anchor "%1" does not match its pinned SHA-256 fingerprint.</translation>
        </message>
        <message>
            <source>The trust anchor "%1" is not a certificate authority.</source>
            <translation>The trust anchor "%1" is not a certificate authority.</translation>
        </message>
        <message>
            <source>An intermediate certificate cannot be used.</source>
            <translation>An intermediate certificate cannot be used.</translation>
        </message>
        <message>
            <source>A timestamp authority certificate cannot be used.</source>
            <translation>A timestamp authority certificate cannot be used.</translation>
        </message>
        <message>
            <source>A certificate revocation list cannot be read.</source>
            <translation>A certificate revocation list cannot be read.</translation>
        </message>
        <message>
            <source>The revocation list of "%1" does not verify with the configured certificate authority of that name.</source>
            <translation>The revocation list of "%1" does not verify with the configured certificate authority of that name.</translation>
        </message>
        <message>
            <source>The revocation list of "%1" cannot be used.</source>
            <translation>The revocation list of "%1" cannot be used.</translation>
        </message>
    </context>
    <context>
        <name>VerificationReport</name>
        <message>
            <source>The stored signature report cannot be read.</source>
            <translation>The stored signature report cannot be read.</translation>
        </message>
    </context>
    <context>
        <name>cooc</name>
        <message>
            <source>an unknown time</source>
            <translation>an unknown time</translation>
        </message>
        <message>
            <source>The household service is not configured: %1</source>
            <translation>The household service is not configured: %1</translation>
        </message>
        <message>
            <source>The API key is empty.</source>
            <translation>The API key is empty.</translation>
        </message>
        <message>
            <source>The API key may hold only printable ASCII characters without spaces.</source>
            <translation>The API key may hold only printable ASCII characters without spaces.</translation>
        </message>
        <message>
            <source>The API key is longer than 4096 characters.</source>
            <translation>The API key is longer than 4096 characters.</translation>
        </message>
        <message>
            <source>Secure storage (the system keychain, Secret Service) is not available, so the API key was not stored anywhere. Start the keychain (e.g. log in to a desktop session with GNOME Keyring or KWallet) and enter the key again.</source>
            <translation>Secure storage (the system keychain, Secret Service) is not available, so the API key was not stored anywhere. Start the keychain (e.g. log in to a desktop session with GNOME Keyring or KWallet) and enter the key again.</translation>
        </message>
        <message>
            <source>The school no longer exists.</source>
            <translation>The school no longer exists.</translation>
        </message>
        <message>
            <source>no service address is set (Settings → Household-registration service).</source>
            <translation>no service address is set (Settings → Household-registration service).</translation>
        </message>
        <message>
            <source>no API key is stored in this computer's keychain.</source>
            <translation>no API key is stored in this computer's keychain.</translation>
        </message>
        <message>
            <source>the system keychain (Secret Service) is not available, so the API key cannot be read.</source>
            <translation>the system keychain (Secret Service) is not available, so the API key cannot be read.</translation>
        </message>
        <message>
            <source>no settings were loaded.</source>
            <translation>no settings were loaded.</translation>
        </message>
        <message>
            <source>Homeroom teacher</source>
            <translation>Homeroom teacher</translation>
        </message>
        <message>
            <source>Office staff</source>
            <translation>Office staff</translation>
        </message>
        <message>
            <source>School administrator</source>
            <translation>School administrator</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Office of Student Affairs</source>
            <translation>Office of Student Affairs</translation>
        </message>
        <message>
            <source>Office of Academic Affairs</source>
            <translation>Office of Academic Affairs</translation>
        </message>
        <message>
            <source>Counseling Office</source>
            <translation>Counseling Office</translation>
        </message>
        <message>
            <source>Office of General Affairs</source>
            <translation>Office of General Affairs</translation>
        </message>
        <message>
            <source>Principal's Office</source>
            <translation>Principal's Office</translation>
        </message>
        <message>
            <source>This file holds a private key, not a %1. Never hand a private key to anyone; choose the certificate file instead.</source>
            <translation>This file holds a private key, not a %1. Never hand a private key to anyone; choose the certificate file instead.</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>certificate</translation>
        </message>
        <message>
            <source>revocation list</source>
            <translation>revocation list</translation>
        </message>
        <message>
            <source>This file holds a revocation list (CRL), not a certificate. Add it as a revocation list.</source>
            <translation>This file holds a revocation list (CRL), not a certificate. Add it as a revocation list.</translation>
        </message>
        <message>
            <source>This file holds a certificate, not a revocation list (CRL).</source>
            <translation>This file holds a certificate, not a revocation list (CRL).</translation>
        </message>
        <message>
            <source>This file holds a "%1" block, not a %2.</source>
            <translation>This file holds a "%1" block, not a %2.</translation>
        </message>
        <message>
            <source>revocation list (CRL)</source>
            <translation>revocation list (CRL)</translation>
        </message>
        <message>
            <source>The certificate in this file is damaged: it is not valid DER.</source>
            <translation>The certificate in this file is damaged: it is not valid DER.</translation>
        </message>
        <message>
            <source>The certificate's validity dates cannot be read.</source>
            <translation>The certificate's validity dates cannot be read.</translation>
        </message>
        <message>
            <source>The revocation list (CRL) in this file does not parse: it is not valid DER.</source>
            <translation>The revocation list (CRL) in this file does not parse: it is not valid DER.</translation>
        </message>
        <message>
            <source>The revocation list's issue date (thisUpdate) cannot be read.</source>
            <translation>The revocation list's issue date (thisUpdate) cannot be read.</translation>
        </message>
        <message>
            <source>The e-mail address %1 is already the login of another parent. Nothing was saved; ask the applicant for another e-mail address (I).</source>
            <translation>The e-mail address %1 is already the login of another parent. Nothing was saved; ask the applicant for another e-mail address (I).</translation>
        </message>
        <message>
            <source>The login %1 is already used by another account. Nothing was saved; ask the applicant for another e-mail address (I).</source>
            <translation>The login %1 is already used by another account. Nothing was saved; ask the applicant for another e-mail address (I).</translation>
        </message>
        <message>
            <source>The applicant's or the student's ID on this request changed while the household check ran, so its answer is not about this request any more. Nothing was recorded; check again.</source>
            <translation>The applicant's or the student's ID on this request changed while the household check ran, so its answer is not about this request any more. Nothing was recorded; check again.</translation>
        </message>
    </context>
    <context>
        <name>cooc::AccountRepository</name>
        <message>
            <source>The account no longer exists.</source>
            <translation>The account no longer exists.</translation>
        </message>
        <message>
            <source>An account needs a login, a password and exactly one owner of its kind.</source>
            <translation>An account needs a login, a password and exactly one owner of its kind.</translation>
        </message>
    </context>
    <context>
        <name>cooc::AccountRules</name>
        <message>
            <source>Enter a new password.</source>
            <translation>Enter a new password.</translation>
        </message>
        <message>
            <source>The new password must not begin or end with a space.</source>
            <translation>The new password must not begin or end with a space.</translation>
        </message>
        <message>
            <source>The new password must not contain control characters.</source>
            <translation>The new password must not contain control characters.</translation>
        </message>
        <message>
            <source>The new password is too short: use at least %1 characters.</source>
            <translation>The new password is too short: use at least %1 characters.</translation>
        </message>
        <message>
            <source>The new password is too long: use at most %1 characters.</source>
            <translation>The new password is too long: use at most %1 characters.</translation>
        </message>
        <message>
            <source>The new password must be different from the current (default) password.</source>
            <translation>The new password must be different from the current (default) password.</translation>
        </message>
        <message>
            <source>The new password must not contain your login name.</source>
            <translation>The new password must not contain your login name.</translation>
        </message>
        <message>
            <source>The new password must not repeat a single character.</source>
            <translation>The new password must not repeat a single character.</translation>
        </message>
    </context>
    <context>
        <name>cooc::AuthService</name>
        <message numerus="yes">
            <source>%n more wrong attempt(s) will lock the account for a while.</source>
            <translation>
                <numerusform>%n more wrong attempt will lock the account for a while.</numerusform>
                <numerusform>%n more wrong attempts will lock the account for a while.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cooc::BindingRechecks</name>
        <message>
            <source>The e-signature cannot be verified: %1 Nothing was changed.</source>
            <translation>The e-signature cannot be verified: %1 Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>cooc::BindingRequestRepository</name>
        <message>
            <source>The applicant's record could not be read. Nothing was saved.</source>
            <translation>The applicant's record could not be read. Nothing was saved.</translation>
        </message>
    </context>
    <context>
        <name>cooc::Database</name>
        <message>
            <source>starting a transaction</source>
            <translation>starting a transaction</translation>
        </message>
        <message>
            <source>saving the change</source>
            <translation>saving the change</translation>
        </message>
    </context>
    <context>
        <name>cooc::DemoHouseholdService</name>
        <message>
            <source>The demo household registry cannot be read.</source>
            <translation>The demo household registry cannot be read.</translation>
        </message>
    </context>
    <context>
        <name>cooc::DemoSchool</name>
        <message>
            <source>preparing the demo data</source>
            <translation>preparing the demo data</translation>
        </message>
        <message>
            <source>writing the demo data</source>
            <translation>writing the demo data</translation>
        </message>
    </context>
    <context>
        <name>cooc::HouseholdContract</name>
        <message>
            <source>The service answered with a redirect; the address may be wrong.</source>
            <translation>The service answered with a redirect; the address may be wrong.</translation>
        </message>
        <message>
            <source>The service is busy (too many requests).</source>
            <translation>The service is busy (too many requests).</translation>
        </message>
        <message>
            <source>The service reported a temporary error (HTTP %1).</source>
            <translation>The service reported a temporary error (HTTP %1).</translation>
        </message>
        <message>
            <source>The service refused our credentials; ask the administrator to check the API key.</source>
            <translation>The service refused our credentials; ask the administrator to check the API key.</translation>
        </message>
        <message>
            <source>The service does not know this address; ask the administrator to check the base URL.</source>
            <translation>The service does not know this address; ask the administrator to check the base URL.</translation>
        </message>
        <message>
            <source>The service saw this request id before with different data.</source>
            <translation>The service saw this request id before with different data.</translation>
        </message>
        <message>
            <source>The service refused the request (HTTP %1).</source>
            <translation>The service refused the request (HTTP %1).</translation>
        </message>
        <message>
            <source>The service answered with an unexpected status (HTTP %1).</source>
            <translation>The service answered with an unexpected status (HTTP %1).</translation>
        </message>
        <message>
            <source>The service reported an error (HTTP %1).</source>
            <translation>The service reported an error (HTTP %1).</translation>
        </message>
        <message>
            <source>The household service address is not usable: %1</source>
            <translation>The household service address is not usable: %1</translation>
        </message>
        <message>
            <source>it is not an absolute URL.</source>
            <translation>it is not an absolute URL.</translation>
        </message>
        <message>
            <source>it must start with https://.</source>
            <translation>it must start with https://.</translation>
        </message>
        <message>
            <source>it must not contain a user name, a query or a fragment.</source>
            <translation>it must not contain a user name, a query or a fragment.</translation>
        </message>
        <message>
            <source>The check has no usable request id.</source>
            <translation>The check has no usable request id.</translation>
        </message>
        <message>
            <source>The parent's ID is missing or not in the expected form.</source>
            <translation>The parent's ID is missing or not in the expected form.</translation>
        </message>
        <message>
            <source>The child's ID is missing or not in the expected form.</source>
            <translation>The child's ID is missing or not in the expected form.</translation>
        </message>
        <message>
            <source>The parent and the child have the same ID.</source>
            <translation>The parent and the child have the same ID.</translation>
        </message>
        <message>
            <source>The service's answer is too large.</source>
            <translation>The service's answer is too large.</translation>
        </message>
        <message>
            <source>The service's answer is not JSON.</source>
            <translation>The service's answer is not JSON.</translation>
        </message>
        <message>
            <source>The service's answer is not valid JSON.</source>
            <translation>The service's answer is not valid JSON.</translation>
        </message>
        <message>
            <source>The service's answer belongs to another request.</source>
            <translation>The service's answer belongs to another request.</translation>
        </message>
        <message>
            <source>The service's answer has an unknown result.</source>
            <translation>The service's answer has an unknown result.</translation>
        </message>
        <message>
            <source>The service's answer has no valid check time.</source>
            <translation>The service's answer has no valid check time.</translation>
        </message>
        <message>
            <source>The service's answer has no valid reference.</source>
            <translation>The service's answer has no valid reference.</translation>
        </message>
        <message>
            <source>The service closed the connection without an answer.</source>
            <translation>The service closed the connection without an answer.</translation>
        </message>
        <message>
            <source>The service refused the connection.</source>
            <translation>The service refused the connection.</translation>
        </message>
        <message>
            <source>The service's host name could not be found.</source>
            <translation>The service's host name could not be found.</translation>
        </message>
        <message>
            <source>The service did not answer in time.</source>
            <translation>The service did not answer in time.</translation>
        </message>
        <message>
            <source>The network connection to the service failed.</source>
            <translation>The network connection to the service failed.</translation>
        </message>
        <message>
            <source>The service's certificate was not accepted; the connection was refused.</source>
            <translation>The service's certificate was not accepted; the connection was refused.</translation>
        </message>
        <message>
            <source>The connection to the service failed.</source>
            <translation>The connection to the service failed.</translation>
        </message>
        <message>
            <source>The service's answer is ambiguous: a field appears twice.</source>
            <translation>The service's answer is ambiguous: a field appears twice.</translation>
        </message>
        <message>
            <source>The service's answer is compressed, which the contract does not allow.</source>
            <translation>The service's answer is compressed, which the contract does not allow.</translation>
        </message>
        <message>
            <source>The service's answer is dated %1, ahead of this computer's clock (%2). Check the computer's date and time.</source>
            <translation>The service's answer is dated %1, ahead of this computer's clock (%2). Check the computer's date and time.</translation>
        </message>
    </context>
    <context>
        <name>cooc::HouseholdRecording</name>
        <message>
            <source>A cancelled household check is not recorded.</source>
            <translation>A cancelled household check is not recorded.</translation>
        </message>
    </context>
    <context>
        <name>cooc::HouseholdResult</name>
        <message>
            <source>Same household, both registered in Taipei</source>
            <translation>Same household, both registered in Taipei</translation>
        </message>
        <message>
            <source>Not in the same household</source>
            <translation>Not in the same household</translation>
        </message>
        <message>
            <source>The parent or the child is not registered in Taipei</source>
            <translation>The parent or the child is not registered in Taipei</translation>
        </message>
        <message>
            <source>Household check unavailable</source>
            <translation>Household check unavailable</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 = "Household check unavailable", %2 = the reason, e.g. "The service did not answer in time."</extracomment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>cooc::HttpHouseholdClient</name>
        <message>
            <source>The service's certificate is not the one the administrator pinned; the connection was refused.</source>
            <translation>The service's certificate is not the one the administrator pinned; the connection was refused.</translation>
        </message>
        <message>
            <source>The service's certificate was not accepted; the connection was refused.</source>
            <translation>The service's certificate was not accepted; the connection was refused.</translation>
        </message>
        <message>
            <source>The service's answer is too large.</source>
            <translation>The service's answer is too large.</translation>
        </message>
        <message>
            <source>The service did not answer in time.</source>
            <translation>The service did not answer in time.</translation>
        </message>
        <message numerus="yes">
            <source>%1 (no answer after %n attempt(s))</source>
            <extracomment>%1 = the last failure, e.g. "The service did not answer in time."</extracomment>
            <translation>
                <numerusform>%1 (no answer after %n attempt)</numerusform>
                <numerusform>%1 (no answer after %n attempts)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cooc::ParentViewService</name>
        <message>
            <source>Choose the day to view.</source>
            <translation>Choose the day to view.</translation>
        </message>
        <message>
            <source>The "as of" day cannot be in the future: no parent has seen it yet.</source>
            <translation>The "as of" day cannot be in the future: no parent has seen it yet.</translation>
        </message>
    </context>
    <context>
        <name>cooc::ParentViewText</name>
        <message>
            <source>father</source>
            <translation>father</translation>
        </message>
        <message>
            <source>mother</source>
            <translation>mother</translation>
        </message>
        <message>
            <source>guardian</source>
            <translation>guardian</translation>
        </message>
        <message>
            <source>grandparent</source>
            <translation>grandparent</translation>
        </message>
        <message>
            <source>delegated caregiver</source>
            <translation>delegated caregiver</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <source>first midterm</source>
            <translation>first midterm</translation>
        </message>
        <message>
            <source>second midterm</source>
            <translation>second midterm</translation>
        </message>
        <message>
            <source>final exam</source>
            <translation>final exam</translation>
        </message>
        <message>
            <source>semester grade</source>
            <translation>semester grade</translation>
        </message>
        <message>
            <source>personal leave</source>
            <translation>personal leave</translation>
        </message>
        <message>
            <source>sick leave</source>
            <translation>sick leave</translation>
        </message>
        <message>
            <source>official leave</source>
            <translation>official leave</translation>
        </message>
        <message>
            <source>bereavement leave</source>
            <translation>bereavement leave</translation>
        </message>
        <message>
            <source>truancy</source>
            <translation>truancy</translation>
        </message>
        <message>
            <source>late</source>
            <translation>late</translation>
        </message>
        <message>
            <source>left early</source>
            <translation>left early</translation>
        </message>
        <message>
            <source>morning study</source>
            <translation>morning study</translation>
        </message>
        <message>
            <source>noon break</source>
            <translation>noon break</translation>
        </message>
        <message>
            <source>period %1</source>
            <translation>period %1</translation>
        </message>
        <message>
            <source>commendation</source>
            <translation>commendation</translation>
        </message>
        <message>
            <source>minor merit</source>
            <translation>minor merit</translation>
        </message>
        <message>
            <source>major merit</source>
            <translation>major merit</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>warning</translation>
        </message>
        <message>
            <source>minor demerit</source>
            <translation>minor demerit</translation>
        </message>
        <message>
            <source>major demerit</source>
            <translation>major demerit</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation>waiting for approval</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>suspended</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>ended</translation>
        </message>
        <message>
            <source>waiting for review</source>
            <translation>waiting for review</translation>
        </message>
        <message>
            <source>more information requested</source>
            <translation>more information requested</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>enrolled</translation>
        </message>
        <message>
            <source>transferred out</source>
            <translation>transferred out</translation>
        </message>
        <message>
            <source>graduated</source>
            <translation>graduated</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>registered</translation>
        </message>
        <message>
            <source>on the waiting list</source>
            <translation>on the waiting list</translation>
        </message>
        <message>
            <source>not paid</source>
            <translation>not paid</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>paid</translation>
        </message>
        <message>
            <source>refunded</source>
            <translation>refunded</translation>
        </message>
        <message>
            <source>arrival</source>
            <translation>arrival</translation>
        </message>
        <message>
            <source>departure</source>
            <translation>departure</translation>
        </message>
        <message>
            <source>in the app</source>
            <translation>in the app</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>on paper</translation>
        </message>
        <message>
            <source>by phone</source>
            <translation>by phone</translation>
        </message>
        <message>
            <source>NT$%1</source>
            <translation>NT$%1</translation>
        </message>
    </context>
    <context>
        <name>cooc::SchoolTerm</name>
        <message>
            <source>School year %1, semester %2</source>
            <extracomment>ROC school year and semester; zh_TW: %1學年度第%2學期</extracomment>
            <translation>School year %1, semester %2</translation>
        </message>
        <message>
            <source>School year %1</source>
            <extracomment>ROC school year; zh_TW: %1學年度</extracomment>
            <translation>School year %1</translation>
        </message>
    </context>
    <context>
        <name>cooc::Settings</name>
        <message>
            <source>The language "%1" is not available; choose Traditional Chinese or English.</source>
            <translation>The language "%1" is not available; choose Traditional Chinese or English.</translation>
        </message>
    </context>
    <context>
        <name>cooc::Visibility</name>
        <message>
            <source>the school</source>
            <translation>the school</translation>
        </message>
        <message>
            <source>Binding request #%1 is waiting for review (sent %2).</source>
            <translation>Binding request #%1 is waiting for review (sent %2).</translation>
        </message>
        <message>
            <source>Nothing: the request was approved on %1; from then the parent sees this child.</source>
            <translation>Nothing: the request was approved on %1; from then the parent sees this child.</translation>
        </message>
        <message>
            <source>Review and approve binding request #%1 (Binding requests).</source>
            <translation>Review and approve binding request #%1 (Binding requests).</translation>
        </message>
        <message>
            <source>Binding request #%1 waits for the parent: the reviewer asked for more information.</source>
            <translation>Binding request #%1 waits for the parent: the reviewer asked for more information.</translation>
        </message>
        <message>
            <source>The parent sends what was asked for in the app; then approve binding request #%1.</source>
            <translation>The parent sends what was asked for in the app; then approve binding request #%1.</translation>
        </message>
        <message>
            <source>The binding is suspended (for example by a transfer).</source>
            <translation>The binding is suspended (for example by a transfer).</translation>
        </message>
        <message>
            <source>The binding was suspended on %1 (for example by a transfer).</source>
            <translation>The binding was suspended on %1 (for example by a transfer).</translation>
        </message>
        <message>
            <source>Reactivate the binding once the student is enrolled and placed in a class.</source>
            <translation>Reactivate the binding once the student is enrolled and placed in a class.</translation>
        </message>
        <message>
            <source>The binding was ended.</source>
            <translation>The binding was ended.</translation>
        </message>
        <message>
            <source>The binding was ended on %1.</source>
            <translation>The binding was ended on %1.</translation>
        </message>
        <message>
            <source>The parent applies for a new binding in the app; approving it restores access.</source>
            <translation>The parent applies for a new binding in the app; approving it restores access.</translation>
        </message>
        <message>
            <source>Binding request #%1 was rejected on %2.</source>
            <translation>Binding request #%1 was rejected on %2.</translation>
        </message>
        <message>
            <source>Binding request #%1 was rejected on %2: %3.</source>
            <translation>Binding request #%1 was rejected on %2: %3.</translation>
        </message>
        <message>
            <source>The parent applies again in the app; approving the new request gives access.</source>
            <translation>The parent applies again in the app; approving the new request gives access.</translation>
        </message>
        <message>
            <source>The parent withdrew binding request #%1.</source>
            <translation>The parent withdrew binding request #%1.</translation>
        </message>
        <message>
            <source>The binding was approved on %1, after this day.</source>
            <translation>The binding was approved on %1, after this day.</translation>
        </message>
        <message>
            <source>Nothing: from %1 the parent sees this child.</source>
            <translation>Nothing: from %1 the parent sees this child.</translation>
        </message>
        <message>
            <source>Binding request #%1 was approved, but no binding record exists.</source>
            <translation>Binding request #%1 was approved, but no binding record exists.</translation>
        </message>
        <message>
            <source>This parent is not bound to this child and has not applied.</source>
            <translation>This parent is not bound to this child and has not applied.</translation>
        </message>
        <message>
            <source>Ask the school's IT office to check the binding record.</source>
            <translation>Ask the school's IT office to check the binding record.</translation>
        </message>
        <message>
            <source>The parent applies for a parent–child binding in the app; a reviewer approves it.</source>
            <translation>The parent applies for a parent–child binding in the app; a reviewer approves it.</translation>
        </message>
        <message>
            <source>The applicant has no parent account yet: it is created when a binding request is approved.</source>
            <translation>The applicant has no parent account yet: it is created when a binding request is approved.</translation>
        </message>
        <message>
            <source>The parent applies for a parent–child binding in the app.</source>
            <translation>The parent applies for a parent–child binding in the app.</translation>
        </message>
        <message>
            <source>The student is enrolled at %1, not at this school.</source>
            <translation>The student is enrolled at %1, not at this school.</translation>
        </message>
        <message>
            <source>Only %1 can decide for this student now.</source>
            <translation>Only %1 can decide for this student now.</translation>
        </message>
        <message>
            <source>The student is enrolled at both %1 and %2: %1 has not yet released them after the transfer.</source>
            <translation>The student is enrolled at both %1 and %2: %1 has not yet released them after the transfer.</translation>
        </message>
        <message>
            <source>%1 records the transfer out; then %2 places the student in a class.</source>
            <translation>%1 records the transfer out; then %2 places the student in a class.</translation>
        </message>
        <message>
            <source>Transferred from %1: not yet placed in a class at the new school, %2.</source>
            <translation>Transferred from %1: not yet placed in a class at the new school, %2.</translation>
        </message>
        <message>
            <source>Enrolled at %1 since %2, but not yet placed in a class.</source>
            <translation>Enrolled at %1 since %2, but not yet placed in a class.</translation>
        </message>
        <message>
            <source>%1 places the student in a class (academic affairs office).</source>
            <translation>%1 places the student in a class (academic affairs office).</translation>
        </message>
        <message>
            <source>Transferred out of the old school, %1, on %2; no school has enrolled the student since.</source>
            <translation>Transferred out of the old school, %1, on %2; no school has enrolled the student since.</translation>
        </message>
        <message>
            <source>Transferred out of the old school, %1; no school has enrolled the student since.</source>
            <translation>Transferred out of the old school, %1; no school has enrolled the student since.</translation>
        </message>
        <message>
            <source>The new school enrolls the student and places them in a class; the binding then applies again without re-binding.</source>
            <translation>The new school enrolls the student and places them in a class; the binding then applies again without re-binding.</translation>
        </message>
        <message>
            <source>Graduated from %1 on %2.</source>
            <translation>Graduated from %1 on %2.</translation>
        </message>
        <message>
            <source>Graduated from %1.</source>
            <translation>Graduated from %1.</translation>
        </message>
        <message>
            <source>When the student is enrolled and placed in a class at their next Taipei school, access returns without re-binding.</source>
            <translation>When the student is enrolled and placed in a class at their next Taipei school, access returns without re-binding.</translation>
        </message>
        <message>
            <source>Enrolled at %1 only from %2.</source>
            <translation>Enrolled at %1 only from %2.</translation>
        </message>
        <message>
            <source>The enrollment at %1 ended on %2.</source>
            <translation>The enrollment at %1 ended on %2.</translation>
        </message>
        <message>
            <source>If the student is still at %1, correct the enrollment in the school administration system.</source>
            <translation>If the student is still at %1, correct the enrollment in the school administration system.</translation>
        </message>
        <message>
            <source>The student is not enrolled at this school.</source>
            <translation>The student is not enrolled at this school.</translation>
        </message>
        <message>
            <source>No school has enrolled this student.</source>
            <translation>No school has enrolled this student.</translation>
        </message>
        <message>
            <source>The school enrolls the student and places them in a class in the school administration system.</source>
            <translation>The school enrolls the student and places them in a class in the school administration system.</translation>
        </message>
        <message>
            <source>Recorded on %1, after the "as of" moment.</source>
            <translation>Recorded on %1, after the "as of" moment.</translation>
        </message>
        <message>
            <source>Nothing: parents have seen it since %1.</source>
            <translation>Nothing: parents have seen it since %1.</translation>
        </message>
        <message>
            <source>Nothing: parents see it from %1.</source>
            <translation>Nothing: parents see it from %1.</translation>
        </message>
        <message>
            <source>Recorded today at %1; visible to parents tomorrow, %2.</source>
            <translation>Recorded today at %1; visible to parents tomorrow, %2.</translation>
        </message>
        <message>
            <source>Recorded on %1, the "as of" day; visible to parents from the next day, %2.</source>
            <translation>Recorded on %1, the "as of" day; visible to parents from the next day, %2.</translation>
        </message>
        <message>
            <source>Nothing to do: the city's one-day lag shows it to parents the next day.</source>
            <translation>Nothing to do: the city's one-day lag shows it to parents the next day.</translation>
        </message>
        <message>
            <source>"%1" is still a draft.</source>
            <translation>"%1" is still a draft.</translation>
        </message>
        <message>
            <source>Publish the notice (Notices); parents see only published notices.</source>
            <translation>Publish the notice (Notices); parents see only published notices.</translation>
        </message>
        <message>
            <source>"%1" was archived; the app no longer lists it.</source>
            <translation>"%1" was archived; the app no longer lists it.</translation>
        </message>
        <message>
            <source>Publish it again if parents should still see it.</source>
            <translation>Publish it again if parents should still see it.</translation>
        </message>
        <message>
            <source>"%1" was published on %2, after the "as of" moment.</source>
            <translation>"%1" was published on %2, after the "as of" moment.</translation>
        </message>
        <message>
            <source>"%1" is not addressed to this parent for this child.</source>
            <translation>"%1" is not addressed to this parent for this child.</translation>
        </message>
        <message>
            <source>"%1" is addressed to %2 for this child, not to this parent.</source>
            <translation>"%1" is addressed to %2 for this child, not to this parent.</translation>
        </message>
        <message>
            <source>Add this parent as a recipient for this child (Notices).</source>
            <translation>Add this parent as a recipient for this child (Notices).</translation>
        </message>
    </context>
    <context>
        <name>cooc::auth_detail</name>
        <message>
            <source>The login name or password is wrong.</source>
            <translation>The login name or password is wrong.</translation>
        </message>
        <message>
            <source>This database has not been set up for CooC Desk yet (run "cooc-desk-cli db init").</source>
            <translation>This database has not been set up for CooC Desk yet (run "cooc-desk-cli db init").</translation>
        </message>
    </context>
    <context>
        <name>cooc::binding</name>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Information requested</source>
            <translation>Information requested</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Valid</source>
            <comment>signature verdict TOTAL_PASSED</comment>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Invalid</source>
            <comment>signature verdict TOTAL_FAILED</comment>
            <translation>Invalid</translation>
        </message>
        <message>
            <source>Cannot confirm</source>
            <comment>signature verdict INDETERMINATE</comment>
            <translation>Cannot confirm</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Not verified</translation>
        </message>
        <message>
            <source>No signature</source>
            <translation>No signature</translation>
        </message>
        <message>
            <source>Match</source>
            <comment>household check</comment>
            <translation>Match</translation>
        </message>
        <message>
            <source>No match</source>
            <comment>household check</comment>
            <translation>No match</translation>
        </message>
        <message>
            <source>Not in Taipei</source>
            <comment>household check</comment>
            <translation>Not in Taipei</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <comment>household check</comment>
            <translation>Unavailable</translation>
        </message>
        <message>
            <source>Not checked</source>
            <comment>household check</comment>
            <translation>Not checked</translation>
        </message>
        <message>
            <source>Father</source>
            <translation>Father</translation>
        </message>
        <message>
            <source>Mother</source>
            <translation>Mother</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <source>Grandparent (caregiver)</source>
            <translation>Grandparent (caregiver)</translation>
        </message>
        <message>
            <source>Delegated caregiver</source>
            <translation>Delegated caregiver</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>Not yet placed in a class</source>
            <translation>Not yet placed in a class</translation>
        </message>
        <message>
            <source>Transferred out</source>
            <translation>Transferred out</translation>
        </message>
        <message>
            <source>Graduated</source>
            <translation>Graduated</translation>
        </message>
        <message>
            <source>Not enrolled this school year</source>
            <translation>Not enrolled this school year</translation>
        </message>
        <message>
            <source>Not enrolled at this school</source>
            <translation>Not enrolled at this school</translation>
        </message>
        <message>
            <source>Not this student's parent or guardian</source>
            <translation>Not this student's parent or guardian</translation>
        </message>
        <message>
            <source>Relationship could not be confirmed</source>
            <translation>Relationship could not be confirmed</translation>
        </message>
        <message>
            <source>The e-signature is invalid</source>
            <translation>The e-signature is invalid</translation>
        </message>
        <message>
            <source>Required documents are missing</source>
            <translation>Required documents are missing</translation>
        </message>
        <message>
            <source>Duplicate request</source>
            <translation>Duplicate request</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>cooc::central</name>
        <message>
            <source>The audit log can only be verified as the database owner: a staff account sees only part of the log. Connect as the owner role (docs/deploy.md).</source>
            <translation>The audit log can only be verified as the database owner: a staff account sees only part of the log. Connect as the owner role (docs/deploy.md).</translation>
        </message>
        <message>
            <source>The audit chain's head record is missing: the log cannot be trusted.</source>
            <translation>The audit chain's head record is missing: the log cannot be trusted.</translation>
        </message>
        <message>
            <source>the newest entries were removed or replaced: the chain's head is entry %1, but the log ends at entry %2</source>
            <translation>the newest entries were removed or replaced: the chain's head is entry %1, but the log ends at entry %2</translation>
        </message>
        <message>
            <source>"%1" cannot be a database login name: use lower-case letters, digits and _ only, starting with a letter, at most 63 characters.</source>
            <translation>"%1" cannot be a database login name: use lower-case letters, digits and _ only, starting with a letter, at most 63 characters.</translation>
        </message>
        <message>
            <source>line %1: a quoted field is not closed.</source>
            <translation>line %1: a quoted field is not closed.</translation>
        </message>
        <message>
            <source>The staff file is larger than 64 MB; that is not an SIS staff export.</source>
            <translation>The staff file is larger than 64 MB; that is not an SIS staff export.</translation>
        </message>
        <message>
            <source>The staff file is neither UTF-8 nor Big5 text. Export it again as CSV in UTF-8.</source>
            <translation>The staff file is neither UTF-8 nor Big5 text. Export it again as CSV in UTF-8.</translation>
        </message>
        <message>
            <source>Unknown text encoding "%1": use UTF-8 or Big5.</source>
            <translation>Unknown text encoding "%1": use UTF-8 or Big5.</translation>
        </message>
        <message>
            <source>The staff file is not valid %1 text.</source>
            <translation>The staff file is not valid %1 text.</translation>
        </message>
        <message>
            <source>The staff file is empty: it needs a header row and one row per staff member.</source>
            <translation>The staff file is empty: it needs a header row and one row per staff member.</translation>
        </message>
        <message>
            <source>line 1: unknown column "%1".</source>
            <translation>line 1: unknown column "%1".</translation>
        </message>
        <message>
            <source>line 1: the column "%1" appears twice.</source>
            <translation>line 1: the column "%1" appears twice.</translation>
        </message>
        <message>
            <source>line 1: the required column "%1" is missing.</source>
            <translation>line 1: the required column "%1" is missing.</translation>
        </message>
        <message>
            <source>The staff file cannot be used:</source>
            <translation>The staff file cannot be used:</translation>
        </message>
        <message>
            <source>line %1: </source>
            <translation>line %1: </translation>
        </message>
        <message>
            <source>%1 fields where the header has %2.</source>
            <translation>%1 fields where the header has %2.</translation>
        </message>
        <message>
            <source>the school code "%1" is not a school's English code.</source>
            <translation>the school code "%1" is not a school's English code.</translation>
        </message>
        <message>
            <source>the national ID is not valid.</source>
            <translation>the national ID is not valid.</translation>
        </message>
        <message>
            <source>the name is empty.</source>
            <translation>the name is empty.</translation>
        </message>
        <message>
            <source>unknown office "%1".</source>
            <translation>unknown office "%1".</translation>
        </message>
        <message>
            <source>is_teacher and is_school_admin take yes or no.</source>
            <translation>is_teacher and is_school_admin take yes or no.</translation>
        </message>
        <message>
            <source>unknown employment status "%1": use employed, on_leave or left.</source>
            <translation>unknown employment status "%1": use employed, on_leave or left.</translation>
        </message>
        <message>
            <source>the same person appears twice for school %1.</source>
            <translation>the same person appears twice for school %1.</translation>
        </message>
        <message>
            <source>the file has a header but no staff rows.</source>
            <translation>the file has a header but no staff rows.</translation>
        </message>
        <message>
            <source>--owner applies to PostgreSQL databases only.</source>
            <translation>--owner applies to PostgreSQL databases only.</translation>
        </message>
        <message>
            <source>"%1" cannot be a role name: use lower-case letters, digits and _ only.</source>
            <translation>"%1" cannot be a role name: use lower-case letters, digits and _ only.</translation>
        </message>
        <message>
            <source>The owner role %1 does not exist and could not be created: connect as a superuser.</source>
            <translation>The owner role %1 does not exist and could not be created: connect as a superuser.</translation>
        </message>
        <message>
            <source>The database could not be given to the owner role %1: connect as a superuser.</source>
            <translation>The database could not be given to the owner role %1: connect as a superuser.</translation>
        </message>
        <message>
            <source>the entries of chain %1 were not written through the database's chain trigger</source>
            <translation>the entries of chain %1 were not written through the database's chain trigger</translation>
        </message>
        <message>
            <source>The database belongs to the role %1, not %2: a migration does not hand it to another role. Give --owner %1, or leave --owner out. Nothing was changed.</source>
            <translation>The database belongs to the role %1, not %2: a migration does not hand it to another role. Give --owner %1, or leave --owner out. Nothing was changed.</translation>
        </message>
        <message>
            <source>The database belongs to the role %1, and a migration must run as it: connect as %1, a member of it, or a superuser. Nothing was changed.</source>
            <translation>The database belongs to the role %1, and a migration must run as it: connect as %1, a member of it, or a superuser. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>cooc::central::DecisionProbe</name>
        <message>
            <source>The decision to look for is incomplete.</source>
            <translation>The decision to look for is incomplete.</translation>
        </message>
        <message>
            <source>The connection was lost while saving, but your decision was saved.</source>
            <translation>The connection was lost while saving, but your decision was saved.</translation>
        </message>
        <message>
            <source>The connection was lost while saving: your decision was NOT saved. Nothing you entered was lost; submit it again.</source>
            <translation>The connection was lost while saving: your decision was NOT saved. Nothing you entered was lost; submit it again.</translation>
        </message>
    </context>
    <context>
        <name>cooc::esign</name>
        <message>
            <source>The DEMO certificate authority is missing from this build.</source>
            <translation>The DEMO certificate authority is missing from this build.</translation>
        </message>
        <message>
            <source>The signed consent form is not in the expected format.</source>
            <translation>The signed consent form is not in the expected format.</translation>
        </message>
        <message>
            <source>The signing key (%1, %2 bits) is below the policy (RSA 2048 bits, EC P-256).</source>
            <translation>The signing key (%1, %2 bits) is below the policy (RSA 2048 bits, EC P-256).</translation>
        </message>
        <message>
            <source>The digest algorithm %1 is not allowed (SHA-256, SHA-384 or SHA-512 are).</source>
            <translation>The digest algorithm %1 is not allowed (SHA-256, SHA-384 or SHA-512 are).</translation>
        </message>
        <message>
            <source>No timestamp: basic level only; the signature time is the verification time.</source>
            <translation>No timestamp: basic level only; the signature time is the verification time.</translation>
        </message>
        <message>
            <source>The timestamp is malformed and was ignored.</source>
            <translation>The timestamp is malformed and was ignored.</translation>
        </message>
        <message>
            <source>The signature has a timestamp, but no timestamp authority is trusted: it was ignored.</source>
            <translation>The signature has a timestamp, but no timestamp authority is trusted: it was ignored.</translation>
        </message>
        <message>
            <source>The timestamp does not verify against the trusted timestamp authorities and was ignored.</source>
            <translation>The timestamp does not verify against the trusted timestamp authorities and was ignored.</translation>
        </message>
        <message>
            <source>The timestamp's time is invalid or in the future; ignored.</source>
            <translation>The timestamp's time is invalid or in the future; ignored.</translation>
        </message>
        <message>
            <source>A trusted timestamp by %1 proves the signature existed at %2.</source>
            <translation>A trusted timestamp by %1 proves the signature existed at %2.</translation>
        </message>
        <message>
            <source>The signature is not a valid PEM-encoded CMS structure.</source>
            <translation>The signature is not a valid PEM-encoded CMS structure.</translation>
        </message>
        <message>
            <source>The signature is not a well-formed CMS SignedData structure.</source>
            <translation>The signature is not a well-formed CMS SignedData structure.</translation>
        </message>
        <message>
            <source>The signature must have exactly one signer (it has %1).</source>
            <translation>The signature must have exactly one signer (it has %1).</translation>
        </message>
        <message>
            <source>The signed content is not plain data.</source>
            <translation>The signed content is not plain data.</translation>
        </message>
        <message>
            <source>Signing time %1 taken from the client's clock: information only.</source>
            <translation>Signing time %1 taken from the client's clock: information only.</translation>
        </message>
        <message>
            <source>The signature is detached and the signed document is missing.</source>
            <translation>The signature is detached and the signed document is missing.</translation>
        </message>
        <message>
            <source>The document inside the signature differs from this request's consent form.</source>
            <translation>The document inside the signature differs from this request's consent form.</translation>
        </message>
        <message>
            <source>The signer's certificate is not in the signature.</source>
            <translation>The signer's certificate is not in the signature.</translation>
        </message>
        <message>
            <source>The signature uses an unknown digest algorithm.</source>
            <translation>The signature uses an unknown digest algorithm.</translation>
        </message>
        <message>
            <source>The signed attributes are incomplete (message digest or content type missing).</source>
            <translation>The signed attributes are incomplete (message digest or content type missing).</translation>
        </message>
        <message>
            <source>The document's digest does not match the signed digest: the document was changed.</source>
            <translation>The document's digest does not match the signed digest: the document was changed.</translation>
        </message>
        <message>
            <source>The signature value does not verify with the signer's public key.</source>
            <translation>The signature value does not verify with the signer's public key.</translation>
        </message>
        <message>
            <source>The signature algorithm %1 is not allowed.</source>
            <translation>The signature algorithm %1 is not allowed.</translation>
        </message>
        <message>
            <source>The signer's certificate given with the signature cannot be read.</source>
            <translation>The signer's certificate given with the signature cannot be read.</translation>
        </message>
        <message>
            <source>A PKCS#1 signature needs an RSA certificate.</source>
            <translation>A PKCS#1 signature needs an RSA certificate.</translation>
        </message>
        <message>
            <source>The PKCS#1 signature has %1 bytes; the key needs %2.</source>
            <translation>The PKCS#1 signature has %1 bytes; the key needs %2.</translation>
        </message>
        <message>
            <source>The signed document is missing.</source>
            <translation>The signed document is missing.</translation>
        </message>
        <message>
            <source>Ignored: its signature does not verify with the configured certificate of its issuer's name.</source>
            <translation>Ignored: its signature does not verify with the configured certificate of its issuer's name.</translation>
        </message>
        <message>
            <source>The stored trust entry "%1" is damaged or was changed outside CooC Desk: it does not match its SHA-256 fingerprint. Signatures cannot be verified until an administrator removes it and adds the file again.</source>
            <translation>The stored trust entry "%1" is damaged or was changed outside CooC Desk: it does not match its SHA-256 fingerprint. Signatures cannot be verified until an administrator removes it and adds the file again.</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Not verified</translation>
        </message>
        <message>
            <source>No signature</source>
            <translation>No signature</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <source>Cannot be confirmed</source>
            <translation>Cannot be confirmed</translation>
        </message>
        <message>
            <source>The signature is damaged or not in a supported format.</source>
            <translation>The signature is damaged or not in a supported format.</translation>
        </message>
        <message>
            <source>The signed document was changed after it was signed.</source>
            <translation>The signed document was changed after it was signed.</translation>
        </message>
        <message>
            <source>The signature value does not match the signer's certificate.</source>
            <translation>The signature value does not match the signer's certificate.</translation>
        </message>
        <message>
            <source>The signer's certificate was revoked before the document was signed.</source>
            <translation>The signer's certificate was revoked before the document was signed.</translation>
        </message>
        <message>
            <source>The signer's certificate had expired when the document was signed.</source>
            <translation>The signer's certificate had expired when the document was signed.</translation>
        </message>
        <message>
            <source>The signer's certificate was not yet valid when the document was signed.</source>
            <translation>The signer's certificate was not yet valid when the document was signed.</translation>
        </message>
        <message>
            <source>The signed content is not this request's consent form.</source>
            <translation>The signed content is not this request's consent form.</translation>
        </message>
        <message>
            <source>The certificate belongs to someone other than the applicant.</source>
            <translation>The certificate belongs to someone other than the applicant.</translation>
        </message>
        <message>
            <source>The signer's certificate does not lead to a trusted certificate authority.</source>
            <translation>The signer's certificate does not lead to a trusted certificate authority.</translation>
        </message>
        <message>
            <source>The certificate may not be used for signing (usage, policy or CA constraints).</source>
            <translation>The certificate may not be used for signing (usage, policy or CA constraints).</translation>
        </message>
        <message>
            <source>The signature uses an algorithm or key that is too weak.</source>
            <translation>The signature uses an algorithm or key that is too weak.</translation>
        </message>
        <message>
            <source>Revocation could not be checked now (no current CRL, or the certificate is suspended).</source>
            <translation>Revocation could not be checked now (no current CRL, or the certificate is suspended).</translation>
        </message>
        <message>
            <source>The certificate is revoked and there is no proof the document was signed before that.</source>
            <translation>The certificate is revoked and there is no proof the document was signed before that.</translation>
        </message>
        <message>
            <source>The certificate is outside its validity period and there is no proof of when the document was signed.</source>
            <translation>The certificate is outside its validity period and there is no proof of when the document was signed.</translation>
        </message>
        <message>
            <source>The request's document is not a consent form: %1</source>
            <translation>The request's document is not a consent form: %1</translation>
        </message>
        <message>
            <source>The signed consent form does not belong to this request: the form's %1 differ from the request's.</source>
            <translation>The signed consent form does not belong to this request: the form's %1 differ from the request's.</translation>
        </message>
        <message>
            <source>The timestamp could not be checked and was ignored.</source>
            <translation>The timestamp could not be checked and was ignored.</translation>
        </message>
        <message>
            <source>The signing key's curve (%1) is not one the policy allows (NIST P-256, P-384, P-521 or Brainpool); explicit curve parameters are never allowed.</source>
            <translation>The signing key's curve (%1) is not one the policy allows (NIST P-256, P-384, P-521 or Brainpool); explicit curve parameters are never allowed.</translation>
        </message>
        <message>
            <source>explicit parameters</source>
            <translation>explicit parameters</translation>
        </message>
        <message>
            <source>The signature algorithm %1 does not fit the signer's key, or is not accepted without signed attributes.</source>
            <translation>The signature algorithm %1 does not fit the signer's key, or is not accepted without signed attributes.</translation>
        </message>
    </context>
    <context>
        <name>cooc::esign::CertificateAuthority</name>
        <message>
            <source>Could not create the root certificate.</source>
            <translation>Could not create the root certificate.</translation>
        </message>
        <message>
            <source>Could not create the intermediate certificate.</source>
            <translation>Could not create the intermediate certificate.</translation>
        </message>
        <message>
            <source>Could not issue the certificate.</source>
            <translation>Could not issue the certificate.</translation>
        </message>
        <message>
            <source>Could not issue the revocation list.</source>
            <translation>Could not issue the revocation list.</translation>
        </message>
        <message>
            <source>Could not create the timestamp.</source>
            <translation>Could not create the timestamp.</translation>
        </message>
        <message>
            <source>Could not sign.</source>
            <translation>Could not sign.</translation>
        </message>
    </context>
    <context>
        <name>cooc::esign::Pki</name>
        <message>
            <source>The %1 could not be read.</source>
            <translation>The %1 could not be read.</translation>
        </message>
        <message>
            <source>private key</source>
            <translation>private key</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>certificate</translation>
        </message>
        <message>
            <source>The file holds no certificate.</source>
            <translation>The file holds no certificate.</translation>
        </message>
        <message>
            <source>certificate revocation list</source>
            <translation>certificate revocation list</translation>
        </message>
        <message>
            <source>The file holds more than one certificate revocation list; give each list in a file of its own.</source>
            <translation>The file holds more than one certificate revocation list; give each list in a file of its own.</translation>
        </message>
        <message>
            <source>PEM block %1 of the file is damaged; nothing from the file was used.</source>
            <translation>PEM block %1 of the file is damaged; nothing from the file was used.</translation>
        </message>
        <message>
            <source>Certificate block %1 of the file cannot be read; nothing from the file was used.</source>
            <translation>Certificate block %1 of the file cannot be read; nothing from the file was used.</translation>
        </message>
    </context>
    <context>
        <name>cooc::esign::TrustStore</name>
        <message>
            <source>CRL of %1 (this update %2, next update %3)</source>
            <translation>CRL of %1 (this update %2, next update %3)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>cooc::esign::VerificationReport</name>
        <message>
            <source>The applicant chose the paper consent form.</source>
            <translation>The applicant chose the paper consent form.</translation>
        </message>
    </context>
    <context>
        <name>cooc::esign::detail</name>
        <message>
            <source>the signer's certificate</source>
            <translation>the signer's certificate</translation>
        </message>
        <message>
            <source>a CA certificate (level %1)</source>
            <translation>a CA certificate (level %1)</translation>
        </message>
        <message>
            <source>Certificate path: %1 (%2).</source>
            <translation>Certificate path: %1 (%2).</translation>
        </message>
        <message>
            <source>Revocation of the CA certificate "%1" was not checked: no current CRL of its issuer is configured.</source>
            <translation>Revocation of the CA certificate "%1" was not checked: no current CRL of its issuer is configured.</translation>
        </message>
        <message>
            <source>The signer's certificate is not revoked according to the %1.</source>
            <translation>The signer's certificate is not revoked according to the %1.</translation>
        </message>
        <message>
            <source>No current revocation list of the signer's CA is configured; revocation cannot be checked.</source>
            <translation>No current revocation list of the signer's CA is configured; revocation cannot be checked.</translation>
        </message>
        <message>
            <source>The revocation list is out of date (next update was %1); load a current CRL and retry.</source>
            <translation>The revocation list is out of date (next update was %1); load a current CRL and retry.</translation>
        </message>
        <message>
            <source>The certificate "%1" is suspended (certificateHold) since %2; retry after the holder resumes or revokes it.</source>
            <translation>The certificate "%1" is suspended (certificateHold) since %2; retry after the holder resumes or revokes it.</translation>
        </message>
        <message>
            <source>The certificate "%1" was revoked on %2, before the signature time %3.</source>
            <translation>The certificate "%1" was revoked on %2, before the signature time %3.</translation>
        </message>
        <message>
            <source>The certificate "%1" was revoked on %2, after the timestamp proved the signature existed (%3).</source>
            <translation>The certificate "%1" was revoked on %2, after the timestamp proved the signature existed (%3).</translation>
        </message>
        <message>
            <source>The certificate "%1" was revoked on %2 and nothing proves the signature is older.</source>
            <translation>The certificate "%1" was revoked on %2 and nothing proves the signature is older.</translation>
        </message>
        <message>
            <source>The certificate path could not be checked.</source>
            <translation>The certificate path could not be checked.</translation>
        </message>
        <message>
            <source>The certificate path does not end at a configured trust anchor.</source>
            <translation>The certificate path does not end at a configured trust anchor.</translation>
        </message>
        <message>
            <source>The certificate "%1" is valid only from %2, after the signature time %3.</source>
            <translation>The certificate "%1" is valid only from %2, after the signature time %3.</translation>
        </message>
        <message>
            <source>The certificate "%1" expired on %2; the signer's clock says %3, but nothing proves the signature was made before expiry.</source>
            <translation>The certificate "%1" expired on %2; the signer's clock says %3, but nothing proves the signature was made before expiry.</translation>
        </message>
        <message>
            <source>The certificate "%1" expired on %2, before the signature time %3.</source>
            <translation>The certificate "%1" expired on %2, before the signature time %3.</translation>
        </message>
        <message>
            <source>The certificate is not a signing certificate (key usage lacks digitalSignature and nonRepudiation); the card's encryption certificate cannot sign.</source>
            <translation>The certificate is not a signing certificate (key usage lacks digitalSignature and nonRepudiation); the card's encryption certificate cannot sign.</translation>
        </message>
        <message>
            <source>The signing certificate is a CA certificate.</source>
            <translation>The signing certificate is a CA certificate.</translation>
        </message>
        <message>
            <source>The certificate does not carry the policy its CA requires (%1).</source>
            <translation>The certificate does not carry the policy its CA requires (%1).</translation>
        </message>
        <message>
            <source>No applicant was given: the signer's name and ID digits were not compared.</source>
            <translation>No applicant was given: the signer's name and ID digits were not compared.</translation>
        </message>
        <message>
            <source>The certificate holder's name is not the applicant's name.</source>
            <translation>The certificate holder's name is not the applicant's name.</translation>
        </message>
        <message>
            <source>The certificate does not state the holder's ID digits (Subject Directory Attributes).</source>
            <translation>The certificate does not state the holder's ID digits (Subject Directory Attributes).</translation>
        </message>
        <message>
            <source>The last 4 characters of the holder's ID differ from the applicant's.</source>
            <translation>The last 4 characters of the holder's ID differ from the applicant's.</translation>
        </message>
        <message>
            <source>The certificate holder is the applicant (name and last 4 ID characters match).</source>
            <translation>The certificate holder is the applicant (name and last 4 ID characters match).</translation>
        </message>
        <message>
            <source>The applicant's ID digits are missing, so the signer cannot be confirmed as the applicant.</source>
            <translation>The applicant's ID digits are missing, so the signer cannot be confirmed as the applicant.</translation>
        </message>
        <message>
            <source>The applicant's name is missing, so the signer cannot be confirmed as the applicant.</source>
            <translation>The applicant's name is missing, so the signer cannot be confirmed as the applicant.</translation>
        </message>
    </context>
    <context>
        <name>cooc::ui</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source> (UTC+8)</source>
            <extracomment>Times are shown in Taipei time.</extracomment>
            <translation> (UTC+8)</translation>
        </message>
    </context>
    <context>
        <name>cooc::ui::Areas</name>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Binding requests</source>
            <translation>Binding requests</translation>
        </message>
        <message>
            <source>Leave requests</source>
            <translation>Leave requests</translation>
        </message>
        <message>
            <source>Leave requests that parents send from the CooC app will appear here, with the dates and class periods they cover and the student's attendance beside them.</source>
            <translation>Leave requests that parents send from the CooC app will appear here, with the dates and class periods they cover and the student's attendance beside them.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Absences by date and class period will appear here, to record and correct; parents see them one day later.</source>
            <translation>Absences by date and class period will appear here, to record and correct; parents see them one day later.</translation>
        </message>
        <message>
            <source>Notices &amp; surveys</source>
            <translation>Notices &amp; surveys</translation>
        </message>
        <message>
            <source>Notices with reply slips and surveys will appear here, with who has read and who has replied.</source>
            <translation>Notices with reply slips and surveys will appear here, with who has read and who has replied.</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>Messages between the school and parents will appear here, each labelled with the child it is about.</source>
            <translation>Messages between the school and parents will appear here, each labelled with the child it is about.</translation>
        </message>
        <message>
            <source>Parent view</source>
            <translation>Parent view</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>cooc::ui::BindingDetailsText</name>
        <message>
            <source>submitted</source>
            <translation>submitted</translation>
        </message>
        <message>
            <source>e-signature verified</source>
            <translation>e-signature verified</translation>
        </message>
        <message>
            <source>household checked</source>
            <translation>household checked</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>information requested</source>
            <translation>information requested</translation>
        </message>
        <message>
            <source>withdrawn by the parent</source>
            <translation>withdrawn by the parent</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Class %1, seat %2</source>
            <translation>Class %1, seat %2</translation>
        </message>
        <message>
            <source>Class %1</source>
            <translation>Class %1</translation>
        </message>
        <message>
            <source>No. %1</source>
            <comment>student number</comment>
            <translation>No. %1</translation>
        </message>
        <message>
            <source>Applicant %1 (%2) %3</source>
            <translation>Applicant %1 (%2) %3</translation>
        </message>
        <message>
            <source>Delegated caregiver — the delegation letter is missing</source>
            <translation>Delegated caregiver — the delegation letter is missing</translation>
        </message>
        <message numerus="yes">
            <source>Delegated caregiver — delegation letter signed by the parent attached (%n byte(s))</source>
            <translation>
                <numerusform>Delegated caregiver — delegation letter signed by the parent attached (%n byte)</numerusform>
                <numerusform>Delegated caregiver — delegation letter signed by the parent attached (%n bytes)</numerusform>
            </translation>
        </message>
        <message>
            <source>Legal guardian, not a parent</source>
            <translation>Legal guardian, not a parent</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>child (class)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>[suspended]</source>
            <translation>[suspended]</translation>
        </message>
        <message>
            <source>No children bound yet</source>
            <translation>No children bound yet</translation>
        </message>
        <message>
            <source>Children already bound: </source>
            <translation>Children already bound: </translation>
        </message>
        <message>
            <source>The school has no guardian record for this student: compare with the paper records.</source>
            <translation>The school has no guardian record for this student: compare with the paper records.</translation>
        </message>
        <message>
            <source>Applicant typed</source>
            <translation>Applicant typed</translation>
        </message>
        <message>
            <source>School record</source>
            <translation>School record</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>National ID</translation>
        </message>
        <message>
            <source>same person</source>
            <translation>same person</translation>
        </message>
        <message>
            <source>another ID, or none on file</source>
            <translation>another ID, or none on file</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>A name holds a private-use character (造字): it may look the same and still differ. Check it against the household register.</source>
            <translation>A name holds a private-use character (造字): it may look the same and still differ. Check it against the household register.</translation>
        </message>
        <message>
            <source>A name holds a rare character (beyond the basic plane); it was compared character by character.</source>
            <translation>A name holds a rare character (beyond the basic plane); it was compared character by character.</translation>
        </message>
        <message numerus="yes">
            <source>%n guardian record(s) on file.</source>
            <translation>
                <numerusform>%n guardian record on file.</numerusform>
                <numerusform>%n guardian records on file.</numerusform>
            </translation>
        </message>
        <message>
            <source>signed by %1</source>
            <translation>signed by %1</translation>
        </message>
        <message>
            <source>checked %1</source>
            <translation>checked %1</translation>
        </message>
        <message>
            <source>Could not be confirmed: verify it again later, or review it by hand. This is not a reason to reject.</source>
            <translation>Could not be confirmed: verify it again later, or review it by hand. This is not a reason to reject.</translation>
        </message>
        <message>
            <source>same household, both registered in Taipei</source>
            <translation>same household, both registered in Taipei</translation>
        </message>
        <message>
            <source>Cannot be approved: %1.</source>
            <translation>Cannot be approved: %1.</translation>
        </message>
        <message>
            <source>Cannot be approved without the delegation letter: ask for it (I).</source>
            <translation>Cannot be approved without the delegation letter: ask for it (I).</translation>
        </message>
        <message>
            <source>The e-signature is not valid: approving needs the paper consent form checked and a reason.</source>
            <translation>The e-signature is not valid: approving needs the paper consent form checked and a reason.</translation>
        </message>
        <message>
            <source>Approved on the paper consent form</source>
            <translation>Approved on the paper consent form</translation>
        </message>
        <message>
            <source>audit #%1</source>
            <translation>audit #%1</translation>
        </message>
        <message>
            <source>The request carries no consent document.</source>
            <translation>The request carries no consent document.</translation>
        </message>
        <message>
            <source>(Not in the canonical form: shown as stored.)</source>
            <translation>(Not in the canonical form: shown as stored.)</translation>
        </message>
        <message numerus="yes">
            <source>The consent document is not text (%n byte(s)).</source>
            <translation>
                <numerusform>The consent document is not text (%n byte).</numerusform>
                <numerusform>The consent document is not text (%n bytes).</numerusform>
            </translation>
        </message>
        <message>
            <source>The e-signature could not be confirmed: verify it again later, or approve on the paper consent form with a reason.</source>
            <translation>The e-signature could not be confirmed: verify it again later, or approve on the paper consent form with a reason.</translation>
        </message>
        <message>
            <source>The e-signature has not been verified yet: verify it, or approve on the paper consent form with a reason.</source>
            <translation>The e-signature has not been verified yet: verify it, or approve on the paper consent form with a reason.</translation>
        </message>
        <message>
            <source>There is no e-signature: approving needs the paper consent form checked and a reason.</source>
            <translation>There is no e-signature: approving needs the paper consent form checked and a reason.</translation>
        </message>
        <message>
            <source>Caregiver (grandparent), not a parent — the delegation letter is missing</source>
            <translation>Caregiver (grandparent), not a parent — the delegation letter is missing</translation>
        </message>
        <message numerus="yes">
            <source>Caregiver (grandparent), not a parent — delegation letter signed by the parent attached (%n byte(s))</source>
            <translation>
                <numerusform>Caregiver (grandparent), not a parent — delegation letter signed by the parent attached (%n byte)</numerusform>
                <numerusform>Caregiver (grandparent), not a parent — delegation letter signed by the parent attached (%n bytes)</numerusform>
            </translation>
        </message>
        <message>
            <source>parent view opened</source>
            <translation>parent view opened</translation>
        </message>
        <message>
            <source>A character of the names looks the same on both sides but is stored with a different character code (for example a compatibility form). Check which form the household register uses.</source>
            <translation>A character of the names looks the same on both sides but is stored with a different character code (for example a compatibility form). Check which form the household register uses.</translation>
        </message>
        <message>
            <source>household result cleared: the student's ID record changed; check again</source>
            <translation>household result cleared: the student's ID record changed; check again</translation>
        </message>
        <message>
            <source>household result cleared: the request now names another student; check again</source>
            <translation>household result cleared: the request now names another student; check again</translation>
        </message>
        <message>
            <source>household result cleared: the applicant's ID changed; check again</source>
            <translation>household result cleared: the applicant's ID changed; check again</translation>
        </message>
    </context>
    <context>
        <name>cooc::ui::ConnectionState</name>
        <message>
            <source>Connected</source>
            <translation>Connected</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Disconnected</translation>
        </message>
    </context>
    <context>
        <name>cooc::ui::ParentViewSections</name>
        <message>
            <source>Semester %1</source>
            <translation>Semester %1</translation>
        </message>
        <message>
            <source>Semester</source>
            <translation>Semester</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>Exam</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <source>No grades this school year that the parent can see yet.</source>
            <translation>No grades this school year that the parent can see yet.</translation>
        </message>
        <message>
            <source>leave request #%1</source>
            <translation>leave request #%1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>No absences this school year that the parent can see yet.</source>
            <translation>No absences this school year that the parent can see yet.</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>No merits or demerits this school year that the parent can see yet.</source>
            <translation>No merits or demerits this school year that the parent can see yet.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Arrival or departure</source>
            <translation>Arrival or departure</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>Gate</translation>
        </message>
        <message>
            <source>No card swipes at the school gate up to this day.</source>
            <translation>No card swipes at the school gate up to this day.</translation>
        </message>
        <message>
            <source>no reply needed</source>
            <translation>no reply needed</translation>
        </message>
        <message>
            <source>not replied (due %1)</source>
            <translation>not replied (due %1)</translation>
        </message>
        <message>
            <source>not replied</source>
            <translation>not replied</translation>
        </message>
        <message>
            <source>replied "%1" %2 on %3</source>
            <translation>replied "%1" %2 on %3</translation>
        </message>
        <message>
            <source>read %1</source>
            <translation>read %1</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>unread</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Notice</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Read</translation>
        </message>
        <message>
            <source>Reply slip</source>
            <translation>Reply slip</translation>
        </message>
        <message>
            <source>No notices addressed to this parent for this child this school year.</source>
            <translation>No notices addressed to this parent for this child this school year.</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>the school</source>
            <translation>the school</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Leave type</source>
            <translation>Leave type</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Sent by</source>
            <translation>Sent by</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>No leave requests this school year.</source>
            <translation>No leave requests this school year.</translation>
        </message>
        <message>
            <source>signed %1</source>
            <translation>signed %1</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>not signed</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Teacher</translation>
        </message>
        <message>
            <source>Parent's signature</source>
            <translation>Parent's signature</translation>
        </message>
        <message>
            <source>No class contact-book entries in the last 30 days.</source>
            <translation>No class contact-book entries in the last 30 days.</translation>
        </message>
        <message>
            <source>no payment yet</source>
            <translation>no payment yet</translation>
        </message>
        <message>
            <source>free</source>
            <translation>free</translation>
        </message>
        <message>
            <source>%1 %2 on %3</source>
            <translation>%1 %2 on %3</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Registration</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Fee</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>No activity registrations.</source>
            <translation>No activity registrations.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>What would fix it</source>
            <translation>What would fix it</translation>
        </message>
        <message>
            <source>The parent's account</source>
            <translation>The parent's account</translation>
        </message>
        <message>
            <source>Child: %1</source>
            <translation>Child: %1</translation>
        </message>
        <message>
            <source>Nothing is hidden: the parent sees everything listed above.</source>
            <translation>Nothing is hidden: the parent sees everything listed above.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>The staff desk of Taipei's parent-teacher-student platform.</source>
            <translation>The staff desk of Taipei's parent-teacher-student platform.</translation>
        </message>
        <message>
            <source>Open this database: sqlite:///path/file.sqlite or postgresql://user@host:port/dbname?sslmode=verify-full.</source>
            <translation>Open this database: sqlite:///path/file.sqlite or postgresql://user@host:port/dbname?sslmode=verify-full.</translation>
        </message>
    </context>
</TS>
