<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AccountsSync</name>
        <message>
            <source>accounts sync manages PostgreSQL login roles: give a postgresql:// address.</source>
            <translation>accounts sync 管理 PostgreSQL 登入角色：請提供 postgresql:// 位址。</translation>
        </message>
        <message>
            <source>line %1: there is no school with the code "%2" in this database.</source>
            <translation>第 %1 行：此資料庫中沒有代碼為「%2」的學校。</translation>
        </message>
        <message>
            <source>line %1: the account name "%2" cannot be a database login.</source>
            <translation>第 %1 行：帳號名稱「%2」不能作為資料庫登入名稱。</translation>
        </message>
        <message>
            <source>line %1: the account name %2 is already used by another row.</source>
            <translation>第 %1 行：帳號名稱 %2 已被另一列使用。</translation>
        </message>
        <message>
            <source>line %1: school %2 has no class "%3" in school year %4.</source>
            <translation>第 %1 行：學校 %2 在 %4 學年度沒有「%3」班。</translation>
        </message>
        <message>
            <source>line %1: class %2 already has a homeroom teacher in this file (line %3).</source>
            <translation>第 %1 行：%2 班在此檔案中已有導師（第 %3 行）。</translation>
        </message>
        <message>
            <source>Nothing was changed. The staff file does not fit this database:</source>
            <translation>未做任何變更。教職員檔案與此資料庫不符：</translation>
        </message>
        <message>
            <source>office %1 created at school %2</source>
            <translation>已於學校 %2 建立處室 %1</translation>
        </message>
        <message>
            <source>new staff member %1</source>
            <translation>新教職員 %1</translation>
        </message>
        <message>
            <source>name → %1</source>
            <translation>姓名 → %1</translation>
        </message>
        <message>
            <source>e-mail changed</source>
            <translation>電子郵件已變更</translation>
        </message>
        <message>
            <source>office → %1</source>
            <translation>處室 → %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>teacher/admin flags changed</source>
            <translation>教師／行政人員標記已變更</translation>
        </message>
        <message>
            <source>employment %1 → %2</source>
            <translation>在職狀態 %1 → %2</translation>
        </message>
        <message>
            <source>login role %1 → %2</source>
            <translation>登入角色 %1 → %2</translation>
        </message>
        <message>
            <source>login role created with the default password (must be changed at first login)</source>
            <translation>已以預設密碼建立登入角色（首次登入時須變更）</translation>
        </message>
        <message>
            <source>login role created, disabled</source>
            <translation>已建立登入角色，已停用</translation>
        </message>
        <message>
            <source>login enabled</source>
            <translation>已啟用登入</translation>
        </message>
        <message>
            <source>login disabled (NOLOGIN)</source>
            <translation>已停用登入（NOLOGIN）</translation>
        </message>
        <message>
            <source>groups %1</source>
            <translation>群組 %1</translation>
        </message>
        <message>
            <source>%1 is not in the file any more: marked as left, login disabled (NOLOGIN), never deleted</source>
            <translation>%1 已不在檔案中：標記為離職，已停用登入（NOLOGIN），不會刪除</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>某人</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>無人</translation>
        </message>
        <message>
            <source>class %1 at %2: homeroom teacher %3 → %4</source>
            <translation>%2 的 %1 班：導師 %3 → %4</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>The demo school was not created. Choose a database, or start CooC Desk again to create the demo school.</source>
            <translation>未建立示範學校。請選擇資料庫，或重新啟動 CooC Desk 以建立示範學校。</translation>
        </message>
        <message>
            <source>Demo school not created</source>
            <translation>未建立示範學校</translation>
        </message>
        <message>
            <source>The demo school could not be created: %1
Nothing was kept. Choose another database, or start CooC Desk again to retry.</source>
            <translation>無法建立示範學校：%1
未保留任何資料。請選擇其他資料庫，或重新啟動 CooC Desk 再試一次。</translation>
        </message>
        <message>
            <source>You logged out without choosing your own password. Log in again to choose it.</source>
            <translation>您尚未設定自己的密碼就已登出。請重新登入以設定密碼。</translation>
        </message>
        <message>
            <source>You logged out. Log in again to continue.</source>
            <translation>您已登出。請重新登入以繼續。</translation>
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
            <translation>時間</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>帳號</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>動作</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>紀錄</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳細資料</translation>
        </message>
        <message>
            <source>Logged in</source>
            <translation>已登入</translation>
        </message>
        <message>
            <source>Login failed</source>
            <translation>登入失敗</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>帳號已鎖定</translation>
        </message>
        <message>
            <source>Login refused</source>
            <translation>登入遭拒</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>密碼已變更</translation>
        </message>
        <message>
            <source>Password change refused</source>
            <translation>密碼變更遭拒</translation>
        </message>
        <message>
            <source>Logged out</source>
            <translation>已登出</translation>
        </message>
        <message>
            <source>Binding approved</source>
            <translation>綁定已核准</translation>
        </message>
        <message>
            <source>Binding rejected</source>
            <translation>綁定已駁回</translation>
        </message>
        <message>
            <source>More information requested</source>
            <translation>已退回補件</translation>
        </message>
        <message>
            <source>Leave approved</source>
            <translation>請假已核准</translation>
        </message>
        <message>
            <source>Leave rejected</source>
            <translation>請假已駁回</translation>
        </message>
        <message>
            <source>Parent view opened</source>
            <translation>已開啟家長視角</translation>
        </message>
        <message>
            <source>Demo school created</source>
            <translation>已建立示範學校</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>教職員</translation>
        </message>
        <message>
            <source>Binding request</source>
            <translation>綁定申請</translation>
        </message>
        <message>
            <source>Leave request</source>
            <translation>請假申請</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>家長</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>學生</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>School</source>
            <translation>學校</translation>
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <source>The audit log could not be loaded: %1 What is shown was kept. Press F5 to try again.</source>
            <translation>無法載入稽核紀錄：%1 目前顯示的內容已保留。請按 F5 再試一次。</translation>
        </message>
        <message>
            <source>Select an entry to see the evidence recorded with it.</source>
            <translation>選取一筆紀錄，即可查看隨其記錄的佐證資料。</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>帳號：%1</translation>
        </message>
        <message>
            <source>Action: %1 (%2)</source>
            <translation>動作：%1（%2）</translation>
        </message>
        <message>
            <source>Record: %1</source>
            <translation>紀錄：%1</translation>
        </message>
        <message>
            <source>No further details were recorded.</source>
            <translation>未記錄其他詳細資料。</translation>
        </message>
        <message>
            <source>Every login and every decision at %1, newest first. The log is read-only: entries cannot be changed or removed.</source>
            <translation>%1 的每一次登入與每一項決定，最新的在前。此紀錄為唯讀：項目無法修改或刪除。</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳細資料</translation>
        </message>
        <message>
            <source>No audit entries yet</source>
            <translation>尚無稽核紀錄</translation>
        </message>
        <message>
            <source>Logins and decisions at your school will appear here as they happen.</source>
            <translation>貴校的登入與審核決定發生時，會顯示於此。</translation>
        </message>
        <message>
            <source>Your own logins and decisions, newest first (the school's office staff see everyone's). The log is read-only: entries cannot be changed or removed.</source>
            <translation>您本人的登入與決定，最新的在前（學校處室人員可看到全校的紀錄）。稽核紀錄唯讀：紀錄不能修改或刪除。</translation>
        </message>
    </context>
    <context>
        <name>AuthService</name>
        <message>
            <source>Enter your login name and password.</source>
            <translation>請輸入帳號與密碼。</translation>
        </message>
        <message>
            <source>This account is locked after too many wrong passwords. Try again after %1.</source>
            <translation>密碼錯誤次數過多，此帳號已鎖定。請於 %1 後再試。</translation>
        </message>
        <message>
            <source>Too many wrong passwords: this account is locked until %1.</source>
            <translation>密碼錯誤次數過多：此帳號鎖定至 %1。</translation>
        </message>
        <message>
            <source>CooC Desk is for school staff. Parents and students sign in to the CooC app or website instead.</source>
            <translation>CooC Desk 僅供學校教職員使用。家長與學生請改由酷課APP或酷課雲網站登入。</translation>
        </message>
        <message>
            <source>This account is disabled. Ask the school's system administrator.</source>
            <translation>此帳號已停用。請洽詢學校的系統管理員。</translation>
        </message>
        <message>
            <source>This account is not linked to a staff member of the school.</source>
            <translation>此帳號未連結至學校的教職員。</translation>
        </message>
        <message>
            <source>This account belongs to someone who has left the school and can no longer sign in.</source>
            <translation>此帳號的使用者已離校，無法再登入。</translation>
        </message>
        <message>
            <source>This account was just locked after too many wrong passwords. Try again later.</source>
            <translation>密碼錯誤次數過多，此帳號剛剛已被鎖定。請稍後再試。</translation>
        </message>
        <message>
            <source>Your account no longer exists.</source>
            <translation>您的帳號已不存在。</translation>
        </message>
        <message>
            <source>The current password is wrong. The password was not changed.</source>
            <translation>目前密碼錯誤，密碼未變更。</translation>
        </message>
        <message>
            <source>The new password could not be stored. Nothing was changed.</source>
            <translation>無法儲存新密碼，未做任何變更。</translation>
        </message>
        <message>
            <source>The list of demo accounts in this database is damaged.</source>
            <translation>此資料庫中的示範帳號清單已損毀。</translation>
        </message>
        <message>
            <source>The server accepted your password, but your account is not linked to a staff member of a school. Ask the school's system administrator.</source>
            <translation>伺服器已接受您的密碼，但您的帳號未連結至任何學校的教職員。請洽詢學校的系統管理員。</translation>
        </message>
        <message>
            <source>The new password could not be prepared. Nothing was changed.</source>
            <translation>無法處理新密碼，未做任何變更。</translation>
        </message>
    </context>
    <context>
        <name>BindingDetailsWidget</name>
        <message>
            <source>Compared with the school's guardian record</source>
            <translation>與學校的家長／監護人資料比對</translation>
        </message>
        <message>
            <source>E-signature</source>
            <translation>電子簽章</translation>
        </message>
        <message>
            <source>Household registration</source>
            <translation>戶政查驗</translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>同意書內容</translation>
        </message>
        <message>
            <source>History</source>
            <translation>歷程</translation>
        </message>
        <message>
            <source>Details… (S)</source>
            <extracomment>Button; S is its key</extracomment>
            <translation>詳細…（S）</translation>
        </message>
        <message>
            <source>Show the full verification report (S)</source>
            <translation>顯示完整的驗證報告（S）</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>驗證中…</translation>
        </message>
        <message>
            <source>Verify again</source>
            <translation>重新驗證</translation>
        </message>
        <message>
            <source>Run the e-signature verification again and record the result</source>
            <translation>重新驗證電子簽章並記錄結果</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>重新查驗</translation>
        </message>
        <message>
            <source>Ask the household-registration service again and record the answer</source>
            <translation>再次向戶政查驗服務查詢並記錄結果</translation>
        </message>
        <message>
            <source>Paper consent form checked</source>
            <translation>已核對紙本同意書</translation>
        </message>
        <message>
            <source>Approve on the signed paper consent form instead of the e-signature (audited)</source>
            <translation>以簽署的紙本同意書代替電子簽章核准（會記入稽核紀錄）</translation>
        </message>
        <message>
            <source>Reason (required, recorded in the audit log)</source>
            <translation>原因（必填，記入稽核紀錄）</translation>
        </message>
        <message>
            <source>Approve (A)</source>
            <translation>核准（A）</translation>
        </message>
        <message>
            <source>Approve the binding: the parent's account opens (A)</source>
            <translation>核准綁定：開通家長帳號（A）</translation>
        </message>
        <message>
            <source>Ask for information (I)</source>
            <translation>退回補件（I）</translation>
        </message>
        <message>
            <source>Return the request to the parent, saying what is missing (I)</source>
            <translation>將申請退回家長，並說明缺少什麼（I）</translation>
        </message>
        <message>
            <source>Reject (R)</source>
            <translation>駁回（R）</translation>
        </message>
        <message>
            <source>Reject the request with a reason (R)</source>
            <translation>駁回申請並說明原因（R）</translation>
        </message>
        <message>
            <source>Cancel check</source>
            <translation>取消查驗</translation>
        </message>
        <message>
            <source>Stop asking the household-registration service; nothing is recorded</source>
            <translation>停止向戶籍查驗服務查詢；不會記錄任何結果</translation>
        </message>
        <message>
            <source>Asking the household-registration service (attempt %1 of %2)…</source>
            <translation>正在向戶籍查驗服務查詢（第 %1 次，最多 %2 次）…</translation>
        </message>
        <message>
            <source>Asking the household-registration service…</source>
            <translation>正在向戶籍查驗服務查詢…</translation>
        </message>
    </context>
    <context>
        <name>BindingQueueModel</name>
        <message>
            <source>Yesterday</source>
            <translation>昨天</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>class name · seat</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>applicant name (relationship)</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>學生</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班級</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申請人</translation>
        </message>
        <message>
            <source>E-signature</source>
            <translation>電子簽章</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>戶政</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>送出時間</translation>
        </message>
    </context>
    <context>
        <name>BindingQueueWidget</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>Status filter entry: status (count)</extracomment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部狀態</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>全部班級</translation>
        </message>
        <message>
            <source>Class %1</source>
            <translation>%1 班</translation>
        </message>
        <message>
            <source>All signatures</source>
            <translation>全部簽章</translation>
        </message>
        <message>
            <source>All household checks</source>
            <translation>全部戶政查驗</translation>
        </message>
        <message>
            <source>The requests could not be loaded</source>
            <translation>無法載入申請</translation>
        </message>
        <message>
            <source>Press F5 to try again.</source>
            <translation>請按 F5 重試。</translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>找不到符合的申請</translation>
        </message>
        <message>
            <source>No request matches "%1". Search by the start of a student's name or number, or of the parent's e-mail.</source>
            <translation>沒有符合「%1」的申請。請輸入學生姓名或學號、或家長 Email 的開頭來搜尋。</translation>
        </message>
        <message>
            <source>No requests wait for you</source>
            <translation>沒有待審核的申請</translation>
        </message>
        <message>
            <source>Parents' binding requests for your students appear here when they are submitted.</source>
            <translation>家長送出您學生的綁定申請後，會顯示在這裡。</translation>
        </message>
        <message>
            <source>No requests with these filters</source>
            <translation>沒有符合篩選條件的申請</translation>
        </message>
        <message>
            <source>Choose other filters to see more requests.</source>
            <translation>請改用其他篩選條件以查看更多申請。</translation>
        </message>
        <message>
            <source>Search student, number, parent e-mail (Ctrl+F)</source>
            <translation>搜尋學生、學號、家長 Email（Ctrl+F）</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>班級</translation>
        </message>
        <message>
            <source>E-signature</source>
            <translation>電子簽章</translation>
        </message>
        <message>
            <source>Household check</source>
            <translation>戶政</translation>
        </message>
        <message>
            <source>Approve all fast-track (%1+)…</source>
            <translation>全部快速核准（%1 件以上）…</translation>
        </message>
        <message>
            <source>Approve all fast-track (%1)…</source>
            <translation>全部快速核准（%1 件）…</translation>
        </message>
        <message>
            <source>Approve every pending request with a valid e-signature, a matching household check and an enrolled student, after a confirmation listing them</source>
            <translation>列出並確認後，核准所有電子簽章有效、戶政查驗相符且學生在籍的待審核申請</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>最新的在前</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>最早的在前</translation>
        </message>
        <message>
            <source>By class, ascending</source>
            <extracomment>Sort order of the queue: by class (grade, class, seat), 701 before 801</extracomment>
            <translation>依班級（由小到大）</translation>
        </message>
        <message>
            <source>By class, descending</source>
            <translation>依班級（由大到小）</translation>
        </message>
        <message>
            <source>Waiting for me (%1)</source>
            <extracomment>Status filter entry: pending and information-requested requests (their count)</extracomment>
            <translation>待我處理（%1）</translation>
        </message>
        <message>
            <source>Waiting for me</source>
            <translation>待我處理</translation>
        </message>
        <message>
            <source>Pending requests and those returned to the parent for more information</source>
            <translation>待審核的申請，以及已退回家長補件的申請</translation>
        </message>
        <message>
            <source>Order of the list (or click the Submitted or Class column header)</source>
            <translation>清單的排序（也可以點「送出時間」或「班級」欄標題）</translation>
        </message>
    </context>
    <context>
        <name>BindingRechecker</name>
        <message>
            <source>The e-signature was verified again and the result recorded.</source>
            <translation>已重新驗證電子簽章並記錄結果。</translation>
        </message>
        <message>
            <source>The household service is still being set up. Try again in a moment.</source>
            <translation>戶政查驗服務仍在設定中，請稍後再試。</translation>
        </message>
        <message>
            <source>The household check was cancelled; nothing was recorded.</source>
            <translation>已取消戶籍查驗；未記錄任何結果。</translation>
        </message>
        <message>
            <source>The request keeps its earlier household result, which still counts (also for fast track).</source>
            <translation>此申請保留先前的戶政查驗結果，該結果仍然有效（快速核准亦依此結果）。</translation>
        </message>
    </context>
    <context>
        <name>BindingRequestRepository</name>
        <message>
            <source>This binding request belongs to another school.</source>
            <translation>此綁定申請屬於其他學校。</translation>
        </message>
        <message>
            <source>This binding request concerns a student who is not currently in your class: only their homeroom teacher or the school's office staff may see and decide it.</source>
            <translation>此綁定申請所涉學生目前不在您的班級：僅該生導師或學校行政人員可以檢視與審核。</translation>
        </message>
        <message>
            <source>This binding request does not exist.</source>
            <translation>此綁定申請不存在。</translation>
        </message>
        <message>
            <source>%1+</source>
            <extracomment>A count that was not counted further than the number shown, e.g. "1,000+"</extracomment>
            <translation>%1+</translation>
        </message>
        <message>
            <source>%1 has left your class and has not yet been placed in another class here: the school's office staff decide this request. Nothing was saved; the request has left your list.</source>
            <translation>%1 已離開您的班級，尚未編入本校其他班級：此申請由學校行政人員審核。未儲存任何變更；此申請已自您的清單移除。</translation>
        </message>
        <message>
            <source>%1 has moved to another class and is no longer in your class: their new homeroom teacher or the school's office staff decide this request. Nothing was saved; the request has left your list.</source>
            <translation>%1 已轉至其他班級，不再是您班上的學生：此申請由新導師或學校行政人員審核。未儲存任何變更；此申請已自您的清單移除。</translation>
        </message>
        <message>
            <source>%1 transferred out of this school on %2 and is no longer in your class: a binding can only be decided for a student currently enrolled here. Nothing was saved; the request has left your list.</source>
            <translation>%1 已於 %2 轉出本校，不再是您班上的學生：只能為目前在籍本校的學生審核綁定。未儲存任何變更；此申請已自您的清單移除。</translation>
        </message>
        <message>
            <source>%1 has transferred out of this school and is no longer in your class: a binding can only be decided for a student currently enrolled here. Nothing was saved; the request has left your list.</source>
            <translation>%1 已轉出本校，不再是您班上的學生：只能為目前在籍本校的學生審核綁定。未儲存任何變更；此申請已自您的清單移除。</translation>
        </message>
        <message>
            <source>%1 has graduated and is no longer in your class. Nothing was saved; the request has left your list.</source>
            <translation>%1 已畢業，不再是您班上的學生。未儲存任何變更；此申請已自您的清單移除。</translation>
        </message>
        <message>
            <source>the system</source>
            <translation>系統</translation>
        </message>
        <message>
            <source>a staff member</source>
            <translation>一位教職員</translation>
        </message>
    </context>
    <context>
        <name>BindingRequestsPage</name>
        <message>
            <source>The requests could not be loaded: %1 What is shown was kept. Press F5 to try again.</source>
            <translation>無法載入申請：%1 目前顯示的內容已保留。請按 F5 重試。</translation>
        </message>
        <message>
            <source>No request selected</source>
            <translation>尚未選取申請</translation>
        </message>
        <message>
            <source>When a request arrives, its evidence appears here.</source>
            <translation>有申請送達時，查驗資料會顯示在這裡。</translation>
        </message>
        <message>
            <source>Select a request to see its evidence here.</source>
            <translation>請選取一件申請，查驗資料會顯示在這裡。</translation>
        </message>
        <message>
            <source>This request cannot be shown</source>
            <translation>無法顯示這件申請</translation>
        </message>
        <message>
            <source>%1 (%2) · %3</source>
            <comment>student (class) · applicant</comment>
            <translation>%1（%2）· %3</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Approved: %1. The parent's account %2 was opened; they must change the initial password at first login.</source>
            <translation>已核准：%1。已開通家長帳號 %2；家長首次登入時必須變更預設密碼。</translation>
        </message>
        <message>
            <source>Approved: %1. Bound to the parent's existing account.</source>
            <translation>已核准：%1。已綁定至家長既有的帳號。</translation>
        </message>
        <message>
            <source>Rejected: %1 · %2. The parent is told why.</source>
            <translation>已駁回：%1 · %2。家長會收到駁回原因。</translation>
        </message>
        <message>
            <source>Returned to the parent: %1 · %2. The request waits for their answer.</source>
            <translation>已退回家長補件：%1 · %2。申請等待家長回覆。</translation>
        </message>
        <message>
            <source>The stored verification report could not be read; verify the signature again for the full details.</source>
            <translation>無法讀取已儲存的驗證報告；請重新驗證簽章以查看完整內容。</translation>
        </message>
        <message>
            <source>Request of %1 (%2) · %3: %4</source>
            <extracomment>About a request no longer on screen: student (class) · applicant: what happened</extracomment>
            <translation>%1（%2）· %3 的申請：%4</translation>
        </message>
        <message>
            <source>The connection was lost while your decision on %1 was being saved. CooC Desk is reconnecting and will then tell you whether it was saved; what you typed is kept.</source>
            <translation>儲存您對 %1 的審核結果時連線中斷。酷課桌面正在重新連線，連上後會告訴您是否已儲存；您輸入的內容都會保留。</translation>
        </message>
        <message>
            <source>Your decision on %1 (%2) was saved before the connection was lost.</source>
            <translation>您對 %1 的審核結果（%2）已在連線中斷前儲存。</translation>
        </message>
        <message>
            <source>Your decision on %1 (%2) was not saved: the request is unchanged. Decide again; what you typed comes back in the dialog.</source>
            <translation>您對 %1 的審核結果（%2）未儲存：申請沒有變動。請重新審核；您先前輸入的內容會再出現在對話框中。</translation>
        </message>
        <message>
            <source>Your decision on %1 (%2) was not saved: meanwhile the request became %3.</source>
            <translation>您對 %1 的審核結果（%2）未儲存：此申請在這段期間已變為「%3」。</translation>
        </message>
        <message>
            <source>The e-signature on the request of %1 (%2) · %3 was verified again and the result recorded.</source>
            <translation>已重新驗證 %1（%2）· %3 申請的電子簽章並記錄結果。</translation>
        </message>
        <message>
            <source>The household check of the request of %1 (%2) · %3 answered: %4</source>
            <translation>%1（%2）· %3 申請的戶政查驗結果：%4</translation>
        </message>
        <message>
            <source>Your decision on %1 was not saved, and the request is no longer visible to you.</source>
            <translation>您對 %1 的審核結果未儲存，且您已看不到這件申請。</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部狀態</translation>
        </message>
    </context>
    <context>
        <name>BindingReviewActions</name>
        <message>
            <source>&amp;Approve</source>
            <extracomment>Menu item; A is its key</extracomment>
            <translation>核准(&amp;A)</translation>
        </message>
        <message>
            <source>Approve the binding: the parent's account opens</source>
            <translation>核准綁定：開通家長帳號</translation>
        </message>
        <message>
            <source>&amp;Reject…</source>
            <translation>駁回(&amp;R)…</translation>
        </message>
        <message>
            <source>Reject the request with a reason</source>
            <translation>駁回申請並說明原因</translation>
        </message>
        <message>
            <source>Ask for &amp;information…</source>
            <translation>退回補件(&amp;I)…</translation>
        </message>
        <message>
            <source>Return the request to the parent, saying what is missing</source>
            <translation>將申請退回家長，並說明缺少什麼</translation>
        </message>
        <message>
            <source>&amp;Signature details…</source>
            <translation>簽章詳細資料(&amp;S)…</translation>
        </message>
        <message>
            <source>Show the full verification report</source>
            <translation>顯示完整的驗證報告</translation>
        </message>
        <message>
            <source>&amp;Verify again</source>
            <translation>重新驗證(&amp;V)</translation>
        </message>
        <message>
            <source>Run the e-signature verification again and record the result</source>
            <translation>重新驗證電子簽章並記錄結果</translation>
        </message>
        <message>
            <source>Check &amp;household again</source>
            <translation>重新查驗戶政(&amp;H)</translation>
        </message>
        <message>
            <source>Ask the household-registration service again and record the answer</source>
            <translation>再次向戶政查驗服務查詢並記錄結果</translation>
        </message>
        <message>
            <source>&amp;Next request</source>
            <translation>下一件申請(&amp;N)</translation>
        </message>
        <message>
            <source>Next request</source>
            <translation>下一件申請</translation>
        </message>
        <message>
            <source>Previous request</source>
            <translation>上一件申請</translation>
        </message>
        <message>
            <source>Approve all &amp;fast-track…</source>
            <translation>全部快速核准(&amp;F)…</translation>
        </message>
        <message>
            <source>Approve every pending request with a valid e-signature, a matching household check and an enrolled student, after a confirmation listing them</source>
            <translation>列出並確認後，核准所有電子簽章有效、戶政查驗相符且學生在籍的待審核申請</translation>
        </message>
        <message>
            <source>&amp;Parent view</source>
            <translation>家長視角(&amp;P)</translation>
        </message>
        <message>
            <source>See what the applying parent sees in the app for this child, and why anything is hidden</source>
            <translation>查看申請的家長在 APP 中看到的這位子女資料，以及哪些內容被隱藏、原因為何</translation>
        </message>
        <message>
            <source>Previ&amp;ous request</source>
            <translation>上一件申請(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>BindingReviewService</name>
        <message>
            <source>the system</source>
            <translation>系統</translation>
        </message>
        <message>
            <source>This request belongs to another school.</source>
            <translation>此申請屬於其他學校。</translation>
        </message>
        <message>
            <source>%1 is not currently in your class: only their homeroom teacher or the school's office staff may decide this request.</source>
            <translation>%1 目前不在您的班級：僅該生導師或學校行政人員可以審核此申請。</translation>
        </message>
        <message>
            <source>%1 transferred out of this school on %2. A binding can only be approved for a student currently enrolled here: reject the request, or let the new school decide it.</source>
            <translation>%1 已於 %2 轉出本校。僅能核准目前在籍本校學生的綁定：請駁回此申請，或交由新學校審核。</translation>
        </message>
        <message>
            <source>%1 has transferred out of this school. A binding can only be approved for a student currently enrolled here: reject the request, or let the new school decide it.</source>
            <translation>%1 已轉出本校。僅能核准目前在籍本校學生的綁定：請駁回此申請，或交由新學校審核。</translation>
        </message>
        <message>
            <source>%1 has not yet been placed in a class. Approve the request once the student is placed; it stays in the queue until then.</source>
            <translation>%1 尚未編班。請於該生編班後再核准此申請；在此之前，申請會保留在待審清單中。</translation>
        </message>
        <message>
            <source>%1 has graduated from this school. A binding can only be approved for a student currently enrolled here.</source>
            <translation>%1 已自本校畢業。僅能核准目前在籍本校學生的綁定。</translation>
        </message>
        <message>
            <source>%1 is not enrolled in the current school year (%2): the school year has not been rolled over for this student. Approve the request once they are enrolled.</source>
            <translation>%1 在本學年度（%2）尚無在籍紀錄：此學生尚未完成學年期升級。請於該生在籍後再核准此申請。</translation>
        </message>
        <message>
            <source>%1 is not enrolled at this school. A binding can only be approved for a student currently enrolled here.</source>
            <translation>%1 未在籍於本校。僅能核准目前在籍本校學生的綁定。</translation>
        </message>
        <message>
            <source>To approve it on the paper consent form, tick "Paper consent form checked" and give a reason.</source>
            <translation>若要依紙本同意書核准，請勾選「已核對紙本同意書」並填寫理由。</translation>
        </message>
        <message>
            <source>The e-signature has not been verified yet. Verify it first.</source>
            <translation>電子簽章尚未驗證。請先進行驗證。</translation>
        </message>
        <message>
            <source>The request carries no e-signature.</source>
            <translation>此申請沒有電子簽章。</translation>
        </message>
        <message>
            <source>This request does not carry the parent's initial password, so no account can be opened for them. Nothing was saved; ask the applicant to submit the request again.</source>
            <translation>此申請未包含家長的初始密碼，因此無法為其開設帳號。未儲存任何變更；請要求申請人重新送出申請。</translation>
        </message>
        <message>
            <source>%1 is already bound to %2 (since %3). Reject this request as a duplicate.</source>
            <translation>%1 已與 %2 綁定（自 %3 起）。請以重複申請為由駁回此申請。</translation>
        </message>
        <message>
            <source>The parent has already been asked for more information; the request waits for their answer.</source>
            <translation>已要求家長補件；此申請正等候家長回覆。</translation>
        </message>
        <message>
            <source>The e-signature is valid, so "%1" is not a reason that applies. Choose another reason.</source>
            <translation>電子簽章有效，因此「%1」不是適用的理由。請選擇其他理由。</translation>
        </message>
        <message>
            <source>An e-signature that could not be confirmed is not an invalid one. Verify it again, or review the request by hand, instead of rejecting it for its signature.</source>
            <translation>「無法確認」的電子簽章並不等於無效。請重新驗證，或以人工審核此申請，而非以簽章為由駁回。</translation>
        </message>
        <message>
            <source>Say why the request is rejected: the parent reads this explanation. Nothing was saved.</source>
            <translation>請說明駁回理由：家長會看到這段說明。未儲存任何變更。</translation>
        </message>
        <message>
            <source>Say what the parent must add or correct: they read this text. Nothing was saved.</source>
            <translation>請說明家長須補充或更正的內容：家長會看到這段文字。未儲存任何變更。</translation>
        </message>
        <message>
            <source>The request for %1 was already approved by %2 at %3. Nothing was saved.</source>
            <translation>%1 的申請已由 %2 於 %3 核准。未儲存任何變更。</translation>
        </message>
        <message>
            <source>The request for %1 was already rejected by %2 at %3. Nothing was saved.</source>
            <translation>%1 的申請已由 %2 於 %3 駁回。未儲存任何變更。</translation>
        </message>
        <message>
            <source>The parent withdrew the request for %1. Nothing was saved.</source>
            <translation>家長已撤回 %1 的申請。未儲存任何變更。</translation>
        </message>
        <message>
            <source>%1 asked the parent for more information on the request for %2 at %3 while you were looking at it. Nothing was saved; look at it again.</source>
            <translation>您檢視期間，%1 已於 %3 將 %2 的申請退回家長補件。未儲存任何變更；請重新檢視。</translation>
        </message>
        <message>
            <source>The request for %1 was changed by someone else since you opened it (for example its signature was verified again). Nothing was saved; look at it again.</source>
            <translation>您開啟 %1 的申請後，有其他人變更了它（例如重新驗證了簽章）。未儲存任何變更；請重新檢視。</translation>
        </message>
        <message>
            <source>Skipped: the household check for %1 now says "%2", not "%3". Review this request by hand.</source>
            <translation>已略過：%1 的戶政查驗結果現在是「%2」，不是「%3」。請人工審核此申請。</translation>
        </message>
        <message>
            <source>Skipped: the e-signature on the request for %1 is now "%2". Review this request by hand.</source>
            <translation>已略過：%1 申請的電子簽章現在是「%2」。請人工審核此申請。</translation>
        </message>
        <message>
            <source>Skipped: %1 is no longer enrolled in a class here (%2). Review this request by hand.</source>
            <translation>已略過：%1 已不在本校班級在籍（%2）。請人工審核此申請。</translation>
        </message>
        <message>
            <source>Skipped: the request for %1 comes from a caregiver (%2) without the delegation letter signed by the parent. Ask the applicant for it (I).</source>
            <translation>已略過：%1 的申請來自照顧者（%2），未附家長簽署的委託書。請向申請人索取（I）。</translation>
        </message>
        <message>
            <source>%1 applies as %2, neither a parent nor the legal guardian: such a caregiver needs the delegation letter signed by the parent, and this request has none. Nothing was saved; ask the applicant for it (I).</source>
            <translation>%1 以「%2」身分申請，既非家長也非法定監護人：此類照顧者須附家長簽署的委託書，而此申請未附。未儲存任何變更；請向申請人索取（I）。</translation>
        </message>
        <message>
            <source>The e-signature is invalid, so it cannot support an approval.</source>
            <translation>電子簽章無效，因此無法據以核准。</translation>
        </message>
        <message>
            <source>The e-signature could not be confirmed.</source>
            <translation>電子簽章無法確認。</translation>
        </message>
        <message>
            <source>Verify it again later, or review it by hand.</source>
            <translation>請稍後重新驗證，或以人工審核。</translation>
        </message>
    </context>
    <context>
        <name>CertificateAuthority</name>
        <message>
            <source>The certificate and key do not form a certificate authority.</source>
            <translation>此憑證與金鑰無法構成憑證機構。</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>變更密碼</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>目前密碼(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>新密碼(&amp;N)：</translation>
        </message>
        <message>
            <source>Con&amp;firm new password:</source>
            <translation>確認新密碼(&amp;F)：</translation>
        </message>
        <message>
            <source>The two new passwords differ. Type the same password twice.</source>
            <translation>兩次輸入的新密碼不同。請輸入相同的密碼兩次。</translation>
        </message>
        <message>
            <source>The current password is wrong. Nothing was changed; type it again.</source>
            <translation>目前密碼錯誤。未做任何變更；請重新輸入。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Choose your own password.&lt;/b&gt;&lt;br&gt;You logged in with the default password (the last 6 characters of your national ID), which others could guess. Choose a new password to continue.</source>
            <translation>&lt;b&gt;請設定您自己的密碼。&lt;/b&gt;&lt;br&gt;您是以預設密碼（身分證統一編號末 6 碼）登入，他人可能猜得到。請設定新密碼以繼續。</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>登出</translation>
        </message>
        <message>
            <source>Log out without changing the password (Esc)</source>
            <translation>不變更密碼並登出（Esc）</translation>
        </message>
        <message>
            <source>Choose a new password for %1.</source>
            <translation>請為 %1 設定新密碼。</translation>
        </message>
        <message>
            <source>Close without changing anything (Esc)</source>
            <translation>關閉且不做任何變更（Esc）</translation>
        </message>
        <message>
            <source>At least %1 characters; not your login name and not your current password; no spaces at the start or end.</source>
            <translation>至少 %1 個字元；不可與帳號或目前密碼相同；開頭與結尾不可有空格。</translation>
        </message>
    </context>
    <context>
        <name>ComingSoonPage</name>
        <message>
            <source>%1: not available in this version</source>
            <translation>%1：此版本尚未提供</translation>
        </message>
        <message>
            <source>This area comes in a later version of CooC Desk. Nothing here is shown until it works with your school's real data.</source>
            <translation>此功能將於 CooC Desk 後續版本提供。在能處理貴校實際資料之前，這裡不會顯示任何內容。</translation>
        </message>
    </context>
    <context>
        <name>ConnectionMonitor</name>
        <message>
            <source>Connected</source>
            <translation>已連線</translation>
        </message>
        <message>
            <source>Connection lost — reconnecting…</source>
            <translation>連線中斷 — 正在重新連線…</translation>
        </message>
        <message numerus="yes">
            <source>Offline — retrying every %n second(s)</source>
            <translation>
                <numerusform>離線 — 每 %n 秒重試一次</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConsentDocument</name>
        <message>
            <source>Father</source>
            <translation>父親</translation>
        </message>
        <message>
            <source>Mother</source>
            <translation>母親</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>監護人</translation>
        </message>
        <message>
            <source>Grandparent</source>
            <translation>祖父母</translation>
        </message>
        <message>
            <source>Delegated caregiver</source>
            <translation>受託照顧者</translation>
        </message>
        <message>
            <source>Request: %1</source>
            <translation>申請：%1</translation>
        </message>
        <message>
            <source>School code: %1</source>
            <translation>學校代碼：%1</translation>
        </message>
        <message>
            <source>Student number: %1</source>
            <translation>學號：%1</translation>
        </message>
        <message>
            <source>Parent e-mail: %1</source>
            <translation>家長電子郵件：%1</translation>
        </message>
        <message>
            <source>Relationship: %1</source>
            <translation>關係：%1</translation>
        </message>
        <message>
            <source>Last 4 characters of the parent's ID: %1</source>
            <translation>家長身分證統一編號末 4 碼：%1</translation>
        </message>
        <message>
            <source>Consent text version: %1</source>
            <translation>同意書內容版本：%1</translation>
        </message>
        <message>
            <source>Nonce: %1</source>
            <translation>隨機碼（nonce）：%1</translation>
        </message>
        <message>
            <source>school code</source>
            <translation>學校代碼</translation>
        </message>
        <message>
            <source>student number</source>
            <translation>學號</translation>
        </message>
        <message>
            <source>parent e-mail</source>
            <translation>家長電子郵件</translation>
        </message>
        <message>
            <source>relationship</source>
            <translation>關係</translation>
        </message>
        <message>
            <source>last 4 characters of the parent's ID</source>
            <translation>家長身分證統一編號末 4 碼</translation>
        </message>
    </context>
    <context>
        <name>CredentialStore</name>
        <message>
            <source>Secure storage (the system keychain) is not available, so the password was not remembered. You will be asked for it next time.</source>
            <translation>無法使用安全儲存區（系統鑰匙圈），因此未記住密碼。下次將再次要求您輸入。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 不是檔案。</translation>
        </message>
        <message>
            <source>%1 is not a CooC Desk database, or it is damaged. The file was left untouched; restore it from a backup or choose another file.</source>
            <translation>%1 不是 CooC Desk 資料庫，或已損毀。檔案未被更動；請從備份還原，或選擇其他檔案。</translation>
        </message>
        <message>
            <source>The database file %1 does not exist.</source>
            <translation>資料庫檔案 %1 不存在。</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>資料夾 %1 不存在。</translation>
        </message>
        <message>
            <source>The Qt %1 database driver is not installed.</source>
            <translation>未安裝 Qt %1 資料庫驅動程式。</translation>
        </message>
        <message>
            <source>The server did not accept the user name or password.</source>
            <translation>伺服器不接受此使用者名稱或密碼。</translation>
        </message>
        <message>
            <source>This account is disabled on the server. Ask the school's IT office.</source>
            <translation>此帳號在伺服器上已停用。請洽詢學校資訊組。</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified; the connection was refused.</source>
            <translation>無法驗證伺服器的憑證，已拒絕連線。</translation>
        </message>
        <message>
            <source>The database file could not be opened.</source>
            <translation>無法開啟資料庫檔案。</translation>
        </message>
        <message>
            <source>The database server at %1 cannot be reached.</source>
            <translation>無法連線至位於 %1 的資料庫伺服器。</translation>
        </message>
        <message>
            <source>preparing the connection</source>
            <translation>準備連線</translation>
        </message>
        <message>
            <source>preparing a query</source>
            <translation>準備查詢</translation>
        </message>
        <message>
            <source>running a query</source>
            <translation>執行查詢</translation>
        </message>
        <message>
            <source>changing the database structure</source>
            <translation>變更資料庫結構</translation>
        </message>
        <message>
            <source>The database refused this: your account may not do it.</source>
            <translation>資料庫拒絕此操作：您的帳號沒有權限。</translation>
        </message>
        <message>
            <source>Someone else changed this record at the same time. Nothing was saved; reload and try again.</source>
            <translation>有其他人同時變更了此筆資料。未儲存任何變更；請重新載入後再試。</translation>
        </message>
        <message>
            <source>The database rejected the data as invalid. Nothing was saved.</source>
            <translation>資料庫判定資料無效而拒絕。未儲存任何變更。</translation>
        </message>
        <message>
            <source>The connection to the database server was lost while %1.</source>
            <translation>在%1時，與資料庫伺服器的連線中斷。</translation>
        </message>
        <message>
            <source>The database is open read-only: nothing can be changed here.</source>
            <translation>資料庫以唯讀方式開啟：無法在此變更任何內容。</translation>
        </message>
        <message>
            <source>The database is busy with another change. Nothing was saved; try again.</source>
            <translation>資料庫正忙於處理另一項變更。未儲存任何變更；請再試一次。</translation>
        </message>
        <message>
            <source>The database file is damaged.</source>
            <translation>資料庫檔案已損毀。</translation>
        </message>
        <message>
            <source>A database error occurred while %1.</source>
            <translation>在%1時發生資料庫錯誤。</translation>
        </message>
        <message>
            <source>This account may not use the database %1 on the server. Ask the school's IT office.</source>
            <translation>這個帳號不能使用伺服器上的資料庫 %1。請洽學校資訊組。</translation>
        </message>
        <message>
            <source>The server does not accept this account from this computer. Ask the school's IT office.</source>
            <translation>伺服器不接受這個帳號從這台電腦連線。請洽學校資訊組。</translation>
        </message>
        <message>
            <source>There is no database %1 on the server at %2.</source>
            <translation>伺服器 %2 上沒有資料庫 %1。</translation>
        </message>
        <message>
            <source>No CA certificate is set for the server at %1, so its certificate cannot be checked and the connection was refused. Add sslrootcert=/path/to/the-city-ca.pem to the address (the school's IT office has the file).</source>
            <translation>尚未設定伺服器 %1 的 CA 憑證，無法檢查它的憑證，已拒絕連線。請在連線位址加上 sslrootcert=/path/to/the-city-ca.pem（檔案可向學校資訊組索取）。</translation>
        </message>
        <message>
            <source>The server at %1 does not offer an encrypted connection, and CooC Desk connects to it only over TLS. Ask the school's IT office.</source>
            <translation>伺服器 %1 不提供加密連線，而 CooC Desk 只以 TLS 連線。請洽學校資訊組。</translation>
        </message>
    </context>
    <context>
        <name>DatabaseUrl</name>
        <message>
            <source>No database address was given.</source>
            <translation>未提供資料庫位址。</translation>
        </message>
        <message>
            <source>The database address is not a valid URL.</source>
            <translation>資料庫位址不是有效的 URL。</translation>
        </message>
        <message>
            <source>A SQLite address needs an absolute file path, e.g. sqlite:///home/me/school.sqlite.</source>
            <translation>SQLite 位址須為絕對檔案路徑，例如 sqlite:///home/me/school.sqlite。</translation>
        </message>
        <message>
            <source>A PostgreSQL address needs a host, e.g. postgresql://user@db.example.tw/cooc.</source>
            <translation>PostgreSQL 位址須包含主機，例如 postgresql://user@db.example.tw/cooc。</translation>
        </message>
        <message>
            <source>A PostgreSQL address needs a database name after the host.</source>
            <translation>PostgreSQL 位址須在主機之後加上資料庫名稱。</translation>
        </message>
        <message>
            <source>Unknown database type "%1": use sqlite:// or postgresql://.</source>
            <translation>未知的資料庫類型「%1」：請使用 sqlite:// 或 postgresql://。</translation>
        </message>
        <message>
            <source>The address of the server at %1 asks for sslmode=%2. CooC Desk connects to a server on another computer only with sslmode=verify-full, which checks the server's certificate and name; ask the school's IT office for the address with the server's CA certificate (sslrootcert). Nothing was sent.</source>
            <translation>伺服器 %1 的連線位址要求 sslmode=%2。CooC Desk 連線到其他電腦上的伺服器時只使用 sslmode=verify-full，會檢查伺服器的憑證與名稱；請向學校資訊組索取附有伺服器 CA 憑證（sslrootcert）的連線位址。未送出任何資料。</translation>
        </message>
        <message>
            <source>The option %1 in the server's address contains ";", which CooC Desk cannot pass on. Nothing was sent.</source>
            <translation>伺服器連線位址中的選項 %1 含有「;」，CooC Desk 無法傳遞。未送出任何資料。</translation>
        </message>
    </context>
    <context>
        <name>DecisionNoteDialog</name>
        <message>
            <source>Choose a reason…</source>
            <extracomment>The empty first choice of the rejection reasons</extracomment>
            <translation>選擇理由…</translation>
        </message>
        <message>
            <source>Choose a reason from the list.</source>
            <translation>請從清單中選擇理由。</translation>
        </message>
        <message>
            <source>Explain the reason to the parent: they read this text.</source>
            <translation>請向家長說明理由：家長會看到這段文字。</translation>
        </message>
        <message>
            <source>Say what the parent must add or correct: they read this text.</source>
            <translation>請說明家長須補充或更正的內容：家長會看到這段文字。</translation>
        </message>
        <message>
            <source>Reject binding request</source>
            <translation>駁回綁定申請</translation>
        </message>
        <message>
            <source>Ask for more information</source>
            <translation>退回補件</translation>
        </message>
        <message>
            <source>Reject the binding request of %1. The parent is told the reason and your explanation.</source>
            <translation>駁回 %1 的綁定申請。家長會收到理由與您的說明。</translation>
        </message>
        <message>
            <source>Return the binding request of %1 to the parent, saying what is missing. The request waits for their answer.</source>
            <translation>將 %1 的綁定申請退回家長，並說明缺少的內容。此申請將等候家長回覆。</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>理由(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Explanation for the parent:</source>
            <translation>給家長的說明(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;What is needed:</source>
            <translation>需補充的內容(&amp;W)：</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>駁回</translation>
        </message>
        <message>
            <source>Send request</source>
            <translation>送出補件要求</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>DemoSchool</name>
        <message>
            <source>The number of students must be between %1 and %2.</source>
            <translation>學生人數須介於 %1 到 %2 之間。</translation>
        </message>
        <message>
            <source>The database is open read-only: demo data cannot be written.</source>
            <translation>資料庫以唯讀方式開啟：無法寫入示範資料。</translation>
        </message>
        <message>
            <source>Generating the demo data was cancelled; the database was left as it was.</source>
            <translation>已取消產生示範資料；資料庫維持原狀。</translation>
        </message>
    </context>
    <context>
        <name>DemoSetup</name>
        <message>
            <source>The folder %1 could not be created, so the demo school has nowhere to go. Check that your home folder is writable.</source>
            <translation>無法建立資料夾 %1，示範學校沒有可存放的位置。請確認您的個人資料夾可以寫入。</translation>
        </message>
        <message>
            <source>Creating the demo school</source>
            <translation>正在建立示範學校</translation>
        </message>
        <message>
            <source>Preparing the demo school…</source>
            <translation>正在準備示範學校…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancelling… nothing is kept.</source>
            <translation>正在取消…不會保留任何資料。</translation>
        </message>
        <message>
            <source>%1 of %2 students
%3</source>
            <translation>%1／%2 名學生
%3</translation>
        </message>
    </context>
    <context>
        <name>DemoSigner</name>
        <message>
            <source>The built-in DEMO certificate authority could not be loaded.</source>
            <translation>無法載入內建的 DEMO 憑證機構。</translation>
        </message>
        <message>
            <source>The DEMO revocation lists could not be issued.</source>
            <translation>無法簽發 DEMO 憑證廢止清冊。</translation>
        </message>
        <message>
            <source>A demo signing key could not be generated.</source>
            <translation>無法產生示範簽章金鑰。</translation>
        </message>
    </context>
    <context>
        <name>EsignTrustRepository</name>
        <message>
            <source>This trust entry no longer exists; someone removed it.</source>
            <translation>此信任項目已不存在；已有人將其移除。</translation>
        </message>
        <message>
            <source>No school was chosen.</source>
            <translation>未選擇學校。</translation>
        </message>
        <message>
            <source>Only the school's administrators may change the e-signature trust settings.</source>
            <translation>僅學校的系統管理員可以變更電子簽章信任設定。</translation>
        </message>
        <message>
            <source>The expected fingerprint is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed). Nothing was added.</source>
            <translation>預期的指紋不是 SHA-256 指紋（64 個十六進位數字，可含冒號）。未新增任何項目。</translation>
        </message>
        <message>
            <source>The file's SHA-256 fingerprint is %1, not the expected %2. It may be a different certificate than the one you meant; nothing was added.</source>
            <translation>此檔案的 SHA-256 指紋為 %1，而非預期的 %2。它可能不是您要的憑證；未新增任何項目。</translation>
        </message>
        <message>
            <source>The certificate "%1" expired on %2. An expired certificate cannot be a trust anchor; nothing was added.</source>
            <translation>憑證「%1」已於 %2 過期。過期的憑證不能作為信任錨點；未新增任何項目。</translation>
        </message>
        <message>
            <source>The certificate "%1" is not a certificate authority (it lacks basicConstraints CA:TRUE), so it cannot be a trust anchor or an intermediate. Nothing was added.</source>
            <translation>憑證「%1」不是憑證機構（缺少 basicConstraints CA:TRUE），因此不能作為信任錨點或中繼憑證機構。未新增任何項目。</translation>
        </message>
        <message>
            <source>This revocation list of "%1" was due to be replaced on %2 (its next update). Download the current one from the certificate authority; nothing was added.</source>
            <translation>「%1」的這份廢止清冊應於 %2（下次更新時間）更換。請向憑證機構下載最新版本；未新增任何項目。</translation>
        </message>
        <message>
            <source>"%1" is not a certificate policy OID (such as 2.16.886.101.0.3.3).</source>
            <translation>「%1」不是憑證政策 OID（例如 2.16.886.101.0.3.3）。</translation>
        </message>
        <message>
            <source>The label is longer than 200 characters.</source>
            <translation>標籤超過 200 個字元。</translation>
        </message>
        <message>
            <source>This %1 is already configured, as "%2" (%3). Nothing was added.</source>
            <translation>此%1已設定為「%2」（%3）。未新增任何項目。</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>憑證</translation>
        </message>
        <message>
            <source>revocation list</source>
            <translation>廢止清冊</translation>
        </message>
        <message>
            <source>This revocation list names "%1" as its issuer, but its signature does not verify with the configured certificate of that name. It may be forged or damaged; nothing was added.</source>
            <translation>此廢止清冊的簽發者為「%1」，但其簽章無法以已設定的同名憑證驗證。它可能遭偽造或已損毀；未新增任何項目。</translation>
        </message>
        <message>
            <source>A revocation list of "%1" issued %2 is already configured ("%3"); this one was issued %4, which is not newer. Nothing was added.</source>
            <translation>已設定「%1」於 %2 簽發的廢止清冊（「%3」）；這份於 %4 簽發，並沒有比較新。未新增任何項目。</translation>
        </message>
        <message>
            <source>"%1" is configured for every school of the city; only the city's administrators can remove it.</source>
            <translation>「%1」為全市所有學校共用的設定；僅市府的管理員可以移除。</translation>
        </message>
        <message>
            <source>This trust entry was removed meanwhile by someone else.</source>
            <translation>此信任項目已在此期間被其他人移除。</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>檔案是空的。</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB; it is not a certificate or revocation list.</source>
            <translation>檔案大於 %1 MB；不是憑證或廢止清冊。</translation>
        </message>
        <message>
            <source>The file looks like PEM but holds no readable block (the Base64 text is damaged).</source>
            <translation>檔案看似 PEM 格式，但沒有可讀取的區塊（Base64 文字已損毀）。</translation>
        </message>
        <message>
            <source>This file holds %1 certificates. Add them one at a time, each with its own fingerprint check.</source>
            <translation>此檔案包含 %1 張憑證。請逐一新增，每張各自核對指紋。</translation>
        </message>
        <message>
            <source>This file holds %1 revocation lists. Add them one at a time.</source>
            <translation>此檔案包含 %1 份廢止清冊。請逐一新增。</translation>
        </message>
        <message>
            <source>This file is not a certificate: neither PEM ("-----BEGIN CERTIFICATE-----") nor DER.</source>
            <translation>此檔案不是憑證：既非 PEM（"-----BEGIN CERTIFICATE-----"）也非 DER。</translation>
        </message>
        <message>
            <source>This file is not a revocation list (CRL): neither PEM ("-----BEGIN X509 CRL-----") nor DER.</source>
            <translation>此檔案不是廢止清冊（CRL）：既非 PEM（"-----BEGIN X509 CRL-----"）也非 DER。</translation>
        </message>
        <message>
            <source>The certificate "%1" is not a root certificate: it was issued by "%2". A path can only end at a root, so no signature would pass with it as the trust anchor. Add its root as the trust anchor and this certificate as an intermediate. Nothing was added.</source>
            <translation>憑證「%1」不是根憑證：它由「%2」簽發。憑證路徑只能終止於根憑證，以它作為信任錨點，任何簽章都無法通過。請將其根憑證加為信任錨點，並將此憑證加為中繼憑證。未新增任何項目。</translation>
        </message>
    </context>
    <context>
        <name>FastTrackDialog</name>
        <message>
            <source>%1 (%2) · %3, %4</source>
            <comment>student (class) · applicant, relationship</comment>
            <translation>%1（%2）· %3，%4</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1／%2</translation>
        </message>
        <message>
            <source>Approving %1…</source>
            <translation>正在核准 %1…</translation>
        </message>
        <message>
            <source>%1 — approved</source>
            <translation>%1 — 已核准</translation>
        </message>
        <message>
            <source>%1 — not approved: %2</source>
            <translation>%1 — 未核准：%2</translation>
        </message>
        <message>
            <source>Stopping after the current request…</source>
            <translation>處理完目前這筆申請後停止…</translation>
        </message>
        <message>
            <source>Approve all fast-track requests</source>
            <translation>核准所有快速通道申請</translation>
        </message>
        <message numerus="yes">
            <source>Approve all %n</source>
            <translation>
                <numerusform>核准全部 %n 筆</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>No request qualifies for the fast track: it needs a valid e-signature, a matching household check and a student enrolled in a class.</source>
            <translation>沒有符合快速通道條件的申請：須具備有效的電子簽章、戶政查驗相符，且學生已在籍並編班。</translation>
        </message>
        <message numerus="yes">
            <source>Approving %n request(s) one by one…</source>
            <translation>
                <numerusform>正在逐筆核准 %n 筆申請…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>These are the oldest %n; run it again for the rest.</source>
            <translation>
                <numerusform>以上是最早的 %n 件；其餘請再執行一次。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — skipped: %2</source>
            <translation>%1 — 已略過：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) have a valid e-signature, a matching household check and a student enrolled in a class. Each is checked again, approved and audited on its own; you can cancel at any time.</source>
            <translation>
                <numerusform>有 %n 件申請的電子簽章有效、戶政查驗相符且學生已在班級在籍。每一件都會重新檢查、個別核准並記入稽核紀錄；您隨時可以取消。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled: %n request(s) were approved before the run stopped.</source>
            <translation>
                <numerusform>已取消：停止前已核准 %n 件申請。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) approved.</source>
            <translation>
                <numerusform>已核准 %n 件申請。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped because they no longer qualify or someone else changed them; review them by hand (see why below).</source>
            <translation>
                <numerusform>%n 件因不再符合條件或已被他人變更而略過；請人工審核（原因見下方）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not approved (see why below).</source>
            <translation>
                <numerusform>%n 件未核准（原因見下方）。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — outcome unknown: %2</source>
            <translation>%1 — 結果不明：%2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>%n with an unknown outcome: the connection to the database was lost during the approval. Check them when the connection is back.</source>
            <translation>
                <numerusform>%n 件結果不明：核准進行中與資料庫的連線中斷。連線恢復後請逐一檢查。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not attempted: the connection to the database was lost and could not be opened again.</source>
            <translation>
                <numerusform>%n 件未處理：與資料庫的連線中斷且無法重新連線。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FastTrackRunner</name>
        <message>
            <source>not attempted: the connection to the database was lost</source>
            <translation>未處理：與資料庫的連線已中斷</translation>
        </message>
        <message>
            <source>the connection to the database was lost; nothing was saved</source>
            <translation>與資料庫的連線已中斷；未儲存任何變更</translation>
        </message>
        <message>
            <source>the connection to the database was lost; whether it was saved is not known — check this request when the connection is back</source>
            <translation>與資料庫的連線已中斷；無法確定是否已儲存——連線恢復後請檢查此申請</translation>
        </message>
    </context>
    <context>
        <name>Generator</name>
        <message>
            <source>Generating the demo data was cancelled; the database was left as it was.</source>
            <translation>已取消產生示範資料；資料庫維持原狀。</translation>
        </message>
        <message>
            <source>This database already holds schools. Demo data is only generated into a new, empty database; nothing was changed.</source>
            <translation>此資料庫已有學校資料。示範資料只會產生在全新的空白資料庫中；未做任何變更。</translation>
        </message>
        <message>
            <source>staff and classes</source>
            <translation>教職員與班級</translation>
        </message>
        <message>
            <source>students</source>
            <translation>學生</translation>
        </message>
        <message>
            <source>families and guardians</source>
            <translation>家庭與監護人</translation>
        </message>
        <message>
            <source>binding requests and e-signatures</source>
            <translation>綁定申請與電子簽章</translation>
        </message>
        <message>
            <source>absences and leave requests</source>
            <translation>缺曠與請假申請</translation>
        </message>
        <message>
            <source>grades, merits and gate swipes</source>
            <translation>成績、獎懲與到離校刷卡</translation>
        </message>
        <message>
            <source>notices, messages and activities</source>
            <translation>通知、訊息與活動</translation>
        </message>
        <message>
            <source>The number of students must be between %1 and %2.</source>
            <translation>學生人數須介於 %1 到 %2 之間。</translation>
        </message>
        <message>
            <source>preparing</source>
            <translation>準備中</translation>
        </message>
        <message>
            <source>writing</source>
            <translation>寫入中</translation>
        </message>
        <message>
            <source>done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>transfers</source>
            <translation>轉學</translation>
        </message>
        <message>
            <source>finishing</source>
            <translation>收尾中</translation>
        </message>
        <message>
            <source>A demo password could not be hashed.</source>
            <translation>無法雜湊示範密碼。</translation>
        </message>
        <message>
            <source>A demo consent document could not be signed.</source>
            <translation>無法簽署示範同意書。</translation>
        </message>
    </context>
    <context>
        <name>HouseholdCheck</name>
        <message>
            <source>The check was cancelled.</source>
            <translation>已取消查驗。</translation>
        </message>
    </context>
    <context>
        <name>HouseholdResultStore</name>
        <message>
            <source>The binding request no longer exists.</source>
            <translation>此綁定申請已不存在。</translation>
        </message>
        <message>
            <source>You may not act on this binding request: the student is not in your class or school.</source>
            <translation>您無權處理此綁定申請：該生不在您的班級或學校。</translation>
        </message>
        <message>
            <source>Not a household-check result.</source>
            <translation>這不是戶政查驗結果。</translation>
        </message>
        <message>
            <source>The household check has no valid time.</source>
            <translation>戶政查驗沒有有效的時間。</translation>
        </message>
        <message>
            <source>This binding request was already decided; its household result is kept as it was.</source>
            <translation>此綁定申請已審核完畢；其戶政查驗結果維持原狀。</translation>
        </message>
        <message>
            <source>This binding request was decided meanwhile; its household result is kept as it was.</source>
            <translation>此綁定申請在此期間已審核完畢；其戶政查驗結果維持原狀。</translation>
        </message>
    </context>
    <context>
        <name>HouseholdSettings</name>
        <message>
            <source>The CA certificates of the household service cannot be read (PEM expected).</source>
            <translation>無法讀取戶政查驗服務的 CA 憑證（應為 PEM 格式）。</translation>
        </message>
        <message>
            <source>The pinned certificate fingerprint must be a SHA-256: 64 hexadecimal digits, colons allowed.</source>
            <translation>固定的憑證指紋必須是 SHA-256：64 個十六進位數字，可含冒號。</translation>
        </message>
        <message>
            <source>The ID-hash key id must be 1 to 64 characters.</source>
            <translation>身分證號雜湊金鑰 ID 須為 1 至 64 個字元。</translation>
        </message>
        <message>
            <source>The ID-hash key id may hold only printable ASCII characters without spaces.</source>
            <translation>身分證號雜湊金鑰 ID 只能包含可列印的 ASCII 字元，且不可有空格。</translation>
        </message>
        <message>
            <source>The transfer timeout must be between %1 and %2 seconds.</source>
            <translation>傳輸逾時須介於 %1 到 %2 秒之間。</translation>
        </message>
        <message>
            <source>The time limit of one attempt must be at least the transfer timeout and at most %1 seconds.</source>
            <translation>單次嘗試的時間上限須不小於傳輸逾時，且不超過 %1 秒。</translation>
        </message>
        <message>
            <source>The number of attempts must be between 1 and 10.</source>
            <translation>嘗試次數須介於 1 到 10 之間。</translation>
        </message>
    </context>
    <context>
        <name>HouseholdSettingsStore</name>
        <message>
            <source>No school was chosen.</source>
            <translation>未選擇學校。</translation>
        </message>
        <message>
            <source>Only the school's administrators may change the household service settings.</source>
            <translation>僅學校的系統管理員可以變更戶政查驗服務設定。</translation>
        </message>
        <message>
            <source>The pinned certificate fingerprint must be a SHA-256: 64 hexadecimal digits, colons allowed.</source>
            <translation>固定的憑證指紋必須是 SHA-256：64 個十六進位數字，可含冒號。</translation>
        </message>
    </context>
    <context>
        <name>HouseholdSettingsWidget</name>
        <message>
            <source>Secure storage (the system keychain, Secret Service) is not available: the API key can be neither read nor stored on this computer, so checks cannot be sent from it.</source>
            <translation>無法使用安全儲存區（系統鑰匙圈，Secret Service）：這台電腦無法讀取或儲存 API 金鑰，因此無法從這台電腦送出查驗。</translation>
        </message>
        <message>
            <source>Household-registration service</source>
            <translation>戶政查驗服務（民政介接）</translation>
        </message>
        <message>
            <source>Checks whether a parent and a child are registered in the same household in Taipei, so that a binding request can take the fast track. These settings apply to every computer of the school; the API key is kept only in this computer's keychain.</source>
            <translation>查驗家長與子女是否在臺北市設籍同一戶，使綁定申請可走快速通道。這些設定適用於全校所有電腦；API 金鑰只保存在這台電腦的鑰匙圈中。</translation>
        </message>
        <message>
            <source>The demo school answers from its own demo registry; these settings are what a real school configures.</source>
            <translation>示範學校由其專屬的示範戶籍資料回應；這些設定是實際學校需要設定的項目。</translation>
        </message>
        <message>
            <source>Only the school's administrators can change them.</source>
            <translation>僅學校的系統管理員可以變更。</translation>
        </message>
        <message>
            <source>Service &amp;address:</source>
            <translation>服務位址(&amp;A)：</translation>
        </message>
        <message>
            <source>CA certificates:</source>
            <translation>CA 憑證：</translation>
        </message>
        <message>
            <source>Choose CA file…</source>
            <translation>選擇 CA 檔案…</translation>
        </message>
        <message>
            <source>Use the system store</source>
            <translation>使用系統憑證存放區</translation>
        </message>
        <message>
            <source>Pinned server &amp;fingerprint:</source>
            <translation>固定的伺服器指紋(&amp;F)：</translation>
        </message>
        <message>
            <source>optional: SHA-256 of the server certificate</source>
            <translation>選填：伺服器憑證的 SHA-256</translation>
        </message>
        <message>
            <source>ID-hash &amp;key id:</source>
            <translation>身分證號雜湊金鑰 ID(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Timeout:</source>
            <translation>逾時(&amp;T)：</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>A&amp;ttempts:</source>
            <translation>嘗試次數(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API 金鑰(&amp;K)：</translation>
        </message>
        <message>
            <source>paste the key issued by the city</source>
            <translation>貼上市府核發的金鑰</translation>
        </message>
        <message>
            <source>Store in keychain</source>
            <translation>存入鑰匙圈</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>測試連線(&amp;C)</translation>
        </message>
        <message>
            <source>Sends one check about no real person with the values above and shows the answer</source>
            <translation>以上方設定送出一筆非真實人物的查驗，並顯示回應</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>The settings cannot be loaded: %1</source>
            <translation>無法載入設定：%1</translation>
        </message>
        <message>
            <source>Last changed %1 by %2.</source>
            <translation>最後由 %2 於 %1 變更。</translation>
        </message>
        <message>
            <source>Not configured yet.</source>
            <translation>尚未設定。</translation>
        </message>
        <message>
            <source>The system's certificate store</source>
            <translation>系統憑證存放區</translation>
        </message>
        <message>
            <source>%1 (SHA-256 %2…)</source>
            <translation>%1（SHA-256 %2…）</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>未儲存：%1</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>設定未儲存</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>沒有任何變更。</translation>
        </message>
        <message>
            <source>CA certificates of the household service</source>
            <translation>戶政查驗服務的 CA 憑證</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation>憑證 (*.pem *.crt *.cer *.der);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>CA file not used</source>
            <translation>未使用 CA 檔案</translation>
        </message>
        <message>
            <source>Not saved yet.</source>
            <translation>尚未儲存。</translation>
        </message>
        <message>
            <source>Checking the system keychain…</source>
            <translation>正在檢查系統鑰匙圈…</translation>
        </message>
        <message>
            <source>An API key for %1 is stored in this computer's keychain.</source>
            <translation>這台電腦的鑰匙圈中已儲存 %1 的 API 金鑰。</translation>
        </message>
        <message>
            <source>No API key for %1 is stored on this computer: checks cannot be sent.</source>
            <translation>這台電腦未儲存 %1 的 API 金鑰：無法送出查驗。</translation>
        </message>
        <message>
            <source>Enter the service address first: the key is stored for its host.</source>
            <translation>請先輸入服務位址：金鑰會依其主機儲存。</translation>
        </message>
        <message>
            <source>API key not stored</source>
            <translation>API 金鑰未儲存</translation>
        </message>
        <message>
            <source>Forget the API key</source>
            <translation>清除 API 金鑰</translation>
        </message>
        <message>
            <source>Remove the household service's API key from this computer's keychain? Checks cannot be sent from this computer until it is entered again.</source>
            <translation>要從這台電腦的鑰匙圈移除戶政查驗服務的 API 金鑰嗎？在重新輸入之前，這台電腦將無法送出查驗。</translation>
        </message>
        <message>
            <source>API key not forgotten</source>
            <translation>API 金鑰未清除</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>測試中…</translation>
        </message>
        <message>
            <source>The household service is not configured: enter its address.</source>
            <translation>尚未設定戶政查驗服務：請輸入其位址。</translation>
        </message>
        <message>
            <source>Asking the service (%1/%2)…</source>
            <translation>正在查詢服務（%1/%2）…</translation>
        </message>
        <message>
            <source>The demo registry</source>
            <translation>示範戶籍資料</translation>
        </message>
        <message>
            <source>The service</source>
            <translation>服務</translation>
        </message>
        <message>
            <source>Connection works. %1 answered "%2" for the test query (no real person), reference %3.</source>
            <translation>連線正常。%1 對測試查詢（非真實人物）回應「%2」，參考編號 %3。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>No answer: %1</source>
            <translation>無回應：%1</translation>
        </message>
    </context>
    <context>
        <name>HttpHouseholdConfig</name>
        <message>
            <source>No API key for the household service is stored in the keychain.</source>
            <translation>鑰匙圈中未儲存戶政查驗服務的 API 金鑰。</translation>
        </message>
        <message>
            <source>The household service's API key contains characters that cannot be sent.</source>
            <translation>戶政查驗服務的 API 金鑰含有無法傳送的字元。</translation>
        </message>
        <message>
            <source>A CA certificate for the household service could not be read.</source>
            <translation>無法讀取戶政查驗服務的 CA 憑證。</translation>
        </message>
        <message>
            <source>The pinned certificate fingerprint must be a SHA-256 (64 hex digits).</source>
            <translation>固定的憑證指紋必須是 SHA-256（64 個十六進位數字）。</translation>
        </message>
        <message>
            <source>The ID-hash key id of the household service is missing or too long.</source>
            <translation>戶政查驗服務的身分證號雜湊金鑰 ID 缺漏或過長。</translation>
        </message>
        <message>
            <source>The household service's timeouts or retry settings are out of range.</source>
            <translation>戶政查驗服務的逾時或重試設定超出範圍。</translation>
        </message>
        <message>
            <source>The CA certificate file %1 cannot be read.</source>
            <translation>無法讀取 CA 憑證檔案 %1。</translation>
        </message>
        <message>
            <source>The file %1 holds no certificate.</source>
            <translation>檔案 %1 不含任何憑證。</translation>
        </message>
        <message>
            <source>A certificate fingerprint is 64 hexadecimal digits (SHA-256), optionally separated by colons.</source>
            <translation>憑證指紋為 64 個十六進位數字（SHA-256），可用冒號分隔。</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in — CooC Desk</source>
            <translation>登入 — CooC Desk</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>資料庫(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>帳號(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Remember me on this computer</source>
            <translation>在這台電腦上記住我(&amp;R)</translation>
        </message>
        <message>
            <source>Choose a database: a CooC Desk file, or the postgresql:// address of your school's server.</source>
            <translation>請選擇資料庫：CooC Desk 檔案，或貴校伺服器的 postgresql:// 位址。</translation>
        </message>
        <message>
            <source>Open a CooC Desk database</source>
            <translation>開啟 CooC Desk 資料庫</translation>
        </message>
        <message>
            <source>CooC Desk databases (*.sqlite *.db);;All files (*)</source>
            <translation>CooC Desk 資料庫 (*.sqlite *.db);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Click to fill in the form with %1's account</source>
            <translation>按一下即可用 %1 的帳號填入表單</translation>
        </message>
        <message>
            <source>Type your account and your password.</source>
            <translation>請輸入帳號與密碼。</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>正在連線至 %1…</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>正在登入…</translation>
        </message>
        <message>
            <source>Saving the password in the system keychain…</source>
            <translation>正在將密碼儲存至系統鑰匙圈…</translation>
        </message>
        <message>
            <source>Password not remembered</source>
            <translation>未記住密碼</translation>
        </message>
        <message>
            <source>Wrong account or password.</source>
            <translation>帳號或密碼錯誤。</translation>
        </message>
        <message>
            <source>This account is locked for now.</source>
            <translation>此帳號目前已鎖定。</translation>
        </message>
        <message>
            <source>The database cannot be reached.</source>
            <translation>無法連線至資料庫。</translation>
        </message>
        <message>
            <source>The database file is damaged or is not a CooC Desk database.</source>
            <translation>資料庫檔案已損毀，或不是 CooC Desk 資料庫。</translation>
        </message>
        <message>
            <source>This database was written by a newer CooC Desk.</source>
            <translation>此資料庫是由較新版本的 CooC Desk 寫入。</translation>
        </message>
        <message>
            <source>This account may not use CooC Desk.</source>
            <translation>此帳號無權使用 CooC Desk。</translation>
        </message>
        <message>
            <source>The database was not found.</source>
            <translation>找不到資料庫。</translation>
        </message>
        <message>
            <source>You are not logged in.</source>
            <translation>您尚未登入。</translation>
        </message>
        <message>
            <source>CooC Desk</source>
            <translation>CooC Desk</translation>
        </message>
        <message>
            <source>Log in with your school account to review and decide what waits.</source>
            <translation>請以學校帳號登入，審核待處理的項目。</translation>
        </message>
        <message>
            <source>/path/to/school.sqlite or postgresql://server/database</source>
            <translation>/path/to/school.sqlite 或 postgresql://server/database</translation>
        </message>
        <message>
            <source>A CooC Desk file on this computer, or postgresql://user@host:port/dbname?sslmode=verify-full for your school's server (central mode). The password is never part of the address.</source>
            <translation>這台電腦上的 CooC Desk 檔案，或貴校伺服器的 postgresql://user@host:port/dbname?sslmode=verify-full（中央模式）。位址中絕不包含密碼。</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>瀏覽(&amp;B)…</translation>
        </message>
        <message>
            <source>school code + last 9 characters of your ID</source>
            <translation>學校英文代碼＋身分證統一編號末 9 碼</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>登入(&amp;L)</translation>
        </message>
        <message>
            <source>Log in (Enter)</source>
            <translation>登入（Enter）</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <source>Close CooC Desk (Esc)</source>
            <translation>關閉 CooC Desk（Esc）</translation>
        </message>
        <message>
            <source>Keeps your password in the system keychain (Secret Service), never in a file.</source>
            <translation>將密碼保存在系統鑰匙圈（Secret Service），絕不存成檔案。</translation>
        </message>
        <message>
            <source>%1 Your password will not be remembered; type it each time.</source>
            <translation>%1 將不會記住您的密碼；每次都需輸入。</translation>
        </message>
        <message>
            <source>Demo school accounts</source>
            <translation>示範學校帳號</translation>
        </message>
        <message>
            <source>This is the demo school: its accounts and passwords are public, and every name in it is made up. Click an account to fill in the form.</source>
            <translation>這是示範學校：其帳號與密碼皆為公開，所有姓名皆為虛構。按一下帳號即可填入表單。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>帳號</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>Homeroom teacher of %1</source>
            <translation>%1 導師</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Logged in as %1</source>
            <translation>以 %1 身分登入</translation>
        </message>
        <message>
            <source>The last request to the database succeeded.</source>
            <translation>最近一次對資料庫的請求已成功。</translation>
        </message>
        <message>
            <source>The database could not be reached: %1 Press F5 to try again.</source>
            <translation>無法連線至資料庫：%1 請按 F5 再試一次。</translation>
        </message>
        <message>
            <source>%1 — CooC Desk</source>
            <translation>%1 — CooC Desk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>前往(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>登出(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>重新整理(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>搜尋(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>鍵盤快速鍵(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About CooC Desk</source>
            <translation>關於 CooC Desk(&amp;A)</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>功能區</translation>
        </message>
        <message>
            <source>Esc	Close a dialog (Cancel)</source>
            <translation>Esc	關閉對話框（取消）</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>鍵盤快速鍵</translation>
        </message>
        <message>
            <source>About CooC Desk</source>
            <translation>關於 CooC Desk</translation>
        </message>
        <message>
            <source>CooC Desk %1
The desk of homeroom teachers and office staff on Taipei's parent–teacher–student platform.</source>
            <translation>CooC Desk %1
臺北市親師生平臺上，導師與行政人員的工作桌面。</translation>
        </message>
        <message>
            <source>The server could not be reached: %1 CooC Desk reconnects by itself; what you typed is kept.</source>
            <translation>無法連上伺服器：%1 酷課桌面會自動重新連線；您輸入的內容都會保留。</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>審核(&amp;R)</translation>
        </message>
        <message>
            <source>Waiting: %1</source>
            <translation>待處理：%1</translation>
        </message>
        <message>
            <source>%1, waiting: %2</source>
            <translation>%1，待處理：%2</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>This database holds tables that CooC Desk did not create. It was left untouched.</source>
            <translation>此資料庫含有非 CooC Desk 建立的資料表。資料庫未被更動。</translation>
        </message>
        <message>
            <source>This database was updated by a newer version of CooC Desk (schema %1; this version knows up to %2). Install the newer version; the database was not changed.</source>
            <translation>此資料庫已由較新版本的 CooC Desk 更新（結構描述版本 %1；此版本最高僅支援 %2）。請安裝較新版本；資料庫未變更。</translation>
        </message>
        <message>
            <source>A built-in migration could not be read.</source>
            <translation>無法讀取內建的資料庫移轉程序。</translation>
        </message>
        <message>
            <source>updating the database schema</source>
            <translation>更新資料庫結構描述</translation>
        </message>
        <message>
            <source>The database schema could not be updated to version %1; nothing was changed.</source>
            <translation>無法將資料庫結構描述更新至版本 %1；未做任何變更。</translation>
        </message>
    </context>
    <context>
        <name>ParentViewPage</name>
        <message>
            <source>The parent view needs its own read-only connection to the database, and it could not be opened: %1</source>
            <translation>家長視角需要專用的唯讀資料庫連線，但無法開啟：%1</translation>
        </message>
    </context>
    <context>
        <name>ParentViewWidget</name>
        <message>
            <source>The search failed</source>
            <translation>搜尋失敗</translation>
        </message>
        <message>
            <source>&amp;Find a parent</source>
            <translation>尋找家長(&amp;F)</translation>
        </message>
        <message>
            <source>E-mail, name, student number or #request</source>
            <translation>電子郵件、姓名、學號或 #申請編號</translation>
        </message>
        <message>
            <source>An e-mail or its beginning, a parent's name or its beginning, a student number (that student's parents), or # and a binding request number. Ctrl+F. Enter opens the first match; ↓ moves to the list.</source>
            <translation>電子郵件或其開頭、家長姓名或其開頭、學號（該生的家長），或 # 加上綁定申請編號。Ctrl+F。按 Enter 開啟第一筆符合結果；按 ↓ 移至清單。</translation>
        </message>
        <message>
            <source>No parent open</source>
            <translation>未開啟任何家長</translation>
        </message>
        <message>
            <source>Find a parent on the left to see exactly what they see in the CooC app on a given day, and why anything is hidden from them. Opening a parent's view is recorded in the audit log.</source>
            <translation>在左側尋找家長，即可確切看到其在特定日期於酷課APP中看到的內容，以及哪些內容對其隱藏及原因。開啟家長視角會記入稽核紀錄。</translation>
        </message>
        <message>
            <source>As &amp;of:</source>
            <translation>檢視日期(&amp;O)：</translation>
        </message>
        <message>
            <source>See what the parent saw on an earlier day: the one-day lag, the binding and the enrollment are applied as they were that day.</source>
            <translation>查看家長在較早日期看到的內容：一日延遲、綁定與在籍狀態皆依當日情形套用。</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>今天(&amp;T)</translation>
        </message>
        <message>
            <source>The parent's children, as the app's switcher shows them (arrow keys, or Alt+PgDown / Alt+PgUp from anywhere).</source>
            <translation>家長的子女，與 APP 切換器中顯示的相同（使用方向鍵，或在任何位置按 Alt+PgDown / Alt+PgUp）。</translation>
        </message>
        <message>
            <source>&amp;Grades</source>
            <translation>成績(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Absences</source>
            <translation>缺曠(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Merits/demerits</source>
            <translation>獎懲(&amp;M)</translation>
        </message>
        <message>
            <source>Gate &amp;swipes</source>
            <translation>到離校刷卡(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Notices</source>
            <translation>通知(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Leave</source>
            <translation>請假(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Contact book</source>
            <translation>班級聯絡簿(&amp;C)</translation>
        </message>
        <message>
            <source>Acti&amp;vities</source>
            <translation>活動(&amp;V)</translation>
        </message>
        <message>
            <source>Show &amp;earlier swipes</source>
            <translation>顯示較早的刷卡紀錄(&amp;E)</translation>
        </message>
        <message>
            <source>The search failed.</source>
            <translation>搜尋失敗。</translation>
        </message>
        <message>
            <source>No parent matches "%1".</source>
            <translation>沒有符合「%1」的家長。</translation>
        </message>
        <message>
            <source>More matches load as you scroll.</source>
            <translation>捲動時會載入更多結果。</translation>
        </message>
        <message>
            <source>The student's parents could not be listed</source>
            <translation>無法列出該生的家長</translation>
        </message>
        <message>
            <source>No parent is bound to this student or has applied.</source>
            <translation>沒有家長與此學生綁定或提出申請。</translation>
        </message>
        <message>
            <source>The parent view could not be opened</source>
            <translation>無法開啟家長視角</translation>
        </message>
        <message>
            <source>%1: %2 Nothing was changed.</source>
            <translation>%1：%2 未做任何變更。</translation>
        </message>
        <message>
            <source>Read-only. This is what %1 sees in the CooC app now (%2). Nothing here can be changed.</source>
            <translation>唯讀。這是 %1 目前在酷課APP中看到的內容（%2）。此處無法變更任何內容。</translation>
        </message>
        <message>
            <source>Read-only. This is what %1 saw in the CooC app at the end of %2. Nothing here can be changed.</source>
            <translation>唯讀。這是 %1 在 %2 結束時於酷課APP中看到的內容。此處無法變更任何內容。</translation>
        </message>
        <message>
            <source>applicant, no account yet</source>
            <translation>申請人，尚無帳號</translation>
        </message>
        <message>
            <source>%1 (hidden)</source>
            <translation>%1（已隱藏）</translation>
        </message>
        <message>
            <source>The parent is the %1.</source>
            <translation>此家長為學生的%1。</translation>
        </message>
        <message>
            <source>This parent has no children bound or applied for.</source>
            <translation>此家長沒有已綁定或申請中的子女。</translation>
        </message>
        <message>
            <source>This applicant has no children bound or applied for.</source>
            <translation>此申請人沒有已綁定或申請中的子女。</translation>
        </message>
        <message>
            <source>The app shows this parent no child.</source>
            <translation>APP 未向此家長顯示任何子女。</translation>
        </message>
        <message>
            <source>class %1, seat %2</source>
            <translation>%1 班 %2 號</translation>
        </message>
        <message>
            <source>student number %1</source>
            <translation>學號 %1</translation>
        </message>
        <message>
            <source>the parent is the %1</source>
            <translation>家長為%1</translation>
        </message>
        <message>
            <source>the parent sees this child</source>
            <translation>家長可看到此子女</translation>
        </message>
        <message>
            <source>HIDDEN from the parent</source>
            <translation>家長看不到</translation>
        </message>
        <message>
            <source>The app does not show %1 to this parent on this day, so none of the child's records are visible. "Why can't they see…?" below says why and what would fix it.</source>
            <translation>APP 在這一天未向此家長顯示 %1，因此看不到該生的任何紀錄。下方「為什麼看不到…？」會說明原因與解決方式。</translation>
        </message>
        <message>
            <source>The parent sees %1 in the app, but the child is not in your class or school: only the staff of %2 can look at these records.</source>
            <translation>家長可在 APP 中看到 %1，但該生不在您的班級或學校：僅 %2 的教職員可以查看這些紀錄。</translation>
        </message>
        <message numerus="yes">
            <source>Why can't they see…? (%n hidden)</source>
            <translation>
                <numerusform>為什麼看不到…？（%n 項已隱藏）</numerusform>
            </translation>
        </message>
        <message>
            <source>Why can't they see…?</source>
            <translation>為什麼看不到…？</translation>
        </message>
        <message>
            <source>Earlier gate swipes could not be loaded</source>
            <translation>無法載入較早的到離校刷卡紀錄</translation>
        </message>
    </context>
    <context>
        <name>RoleProvisioner</name>
        <message>
            <source>"%1" is not a CooC Desk group role.</source>
            <translation>「%1」不是 CooC Desk 的群組角色。</translation>
        </message>
        <message>
            <source>The initial password could not be prepared.</source>
            <translation>無法產生初始密碼。</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Homeroom teacher (%1)</source>
            <translation>%1 導師</translation>
        </message>
        <message>
            <source>No role at this school</source>
            <translation>在本校無任何角色</translation>
        </message>
        <message>
            <source>%1 (central)</source>
            <translation>%1（中央）</translation>
        </message>
        <message>
            <source>Demo school (SQLite)</source>
            <translation>示範學校（SQLite）</translation>
        </message>
        <message>
            <source>%1 (SQLite)</source>
            <translation>%1（SQLite）</translation>
        </message>
        <message>
            <source>Demo school – %1 (central)</source>
            <translation>示範學校 – %1（中央）</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Language not changed</source>
            <translation>語言未變更</translation>
        </message>
        <message>
            <source>Password not forgotten</source>
            <translation>未清除記住的密碼</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>密碼已變更</translation>
        </message>
        <message>
            <source>Your new password is in effect from now on.</source>
            <translation>您的新密碼即刻生效。</translation>
        </message>
        <message>
            <source>Password not remembered</source>
            <translation>未記住密碼</translation>
        </message>
        <message>
            <source>Checking the system keychain…</source>
            <translation>正在檢查系統鑰匙圈…</translation>
        </message>
        <message>
            <source>Available: "Remember me" in the login dialog keeps your password in the system keychain (Secret Service), never in a file. No password is remembered for %1.</source>
            <translation>可使用：登入對話框中的「記住我」會將密碼保存在系統鑰匙圈（Secret Service），絕不存成檔案。目前未記住 %1 的密碼。</translation>
        </message>
        <message>
            <source>Available: the password of %1 is remembered in the system keychain (Secret Service).</source>
            <translation>可使用：%1 的密碼已記住於系統鑰匙圈（Secret Service）。</translation>
        </message>
        <message>
            <source>Unavailable: %1</source>
            <translation>無法使用：%1</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>&amp;Display language:</source>
            <translation>顯示語言(&amp;D)：</translation>
        </message>
        <message>
            <source>Applied at once to every window, and remembered for the next start.</source>
            <translation>立即套用至所有視窗，並於下次啟動時沿用。</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>資料庫</translation>
        </message>
        <message>
            <source>Central mode: you are connected to the school's server with your own account; the server decides what you may see and change.</source>
            <translation>中央模式：您以自己的帳號連線至學校伺服器；由伺服器決定您可以查看與變更的內容。</translation>
        </message>
        <message>
            <source>Embedded mode: a database file on this computer. To open another database, log out (Ctrl+Shift+Q) and choose it in the login dialog.</source>
            <translation>內嵌模式：使用這台電腦上的資料庫檔案。若要開啟其他資料庫，請登出（Ctrl+Shift+Q）並在登入對話框中選擇。</translation>
        </message>
        <message>
            <source>Remembered password</source>
            <translation>記住的密碼</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>重新查驗</translation>
        </message>
        <message>
            <source>Ask the system keychain again (F5)</source>
            <translation>重新查詢系統鑰匙圈（F5）</translation>
        </message>
        <message>
            <source>Forget remembered password</source>
            <translation>清除記住的密碼</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>帳號</translation>
        </message>
        <message>
            <source>Logged in as %1 (%2), %3.</source>
            <translation>以 %1（%2）身分登入，%3。</translation>
        </message>
        <message>
            <source>Change password…</source>
            <translation>變更密碼…</translation>
        </message>
    </context>
    <context>
        <name>SignatureDetailsDialog</name>
        <message>
            <source>Signature details</source>
            <translation>簽章詳細資料</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>&amp;Copy report</source>
            <translation>複製報告(&amp;C)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>the document has not been changed since it was signed.</source>
            <translation>文件簽署後未經變更。</translation>
        </message>
        <message>
            <source>there is no electronic signature.</source>
            <translation>沒有電子簽章。</translation>
        </message>
        <message>
            <source>not checked.</source>
            <translation>未檢查。</translation>
        </message>
        <message>
            <source>Signature integrity: %1 — %2</source>
            <translation>簽章完整性：%1 — %2</translation>
        </message>
        <message>
            <source>issued by %1 to %2, trusted, not revoked.</source>
            <translation>由 %1 簽發給 %2，受信任，未廢止。</translation>
        </message>
        <message>
            <source>Certificate status: %1 — %2</source>
            <translation>憑證狀態：%1 — %2</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>簽署人</translation>
        </message>
        <message>
            <source>Name (certificate CN)</source>
            <translation>姓名（憑證 CN）</translation>
        </message>
        <message>
            <source>ID, last 4 characters</source>
            <translation>身分證統一編號末 4 碼</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>卡號</translation>
        </message>
        <message>
            <source>not compared</source>
            <translation>未比對</translation>
        </message>
        <message>
            <source>name and ID digits match the applicant</source>
            <translation>姓名與身分證號碼皆與申請人相符</translation>
        </message>
        <message>
            <source>the name differs from the applicant's</source>
            <translation>姓名與申請人不同</translation>
        </message>
        <message>
            <source>the ID digits differ from the applicant's</source>
            <translation>身分證號碼與申請人不同</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申請人</translation>
        </message>
        <message>
            <source>Certificate chain</source>
            <translation>憑證鏈</translation>
        </message>
        <message>
            <source>Trust anchor</source>
            <translation>信任錨點</translation>
        </message>
        <message>
            <source>Issuing CA</source>
            <translation>簽發 CA</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主體</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>簽發者</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>序號</translation>
        </message>
        <message>
            <source>Key identifier</source>
            <translation>金鑰識別碼</translation>
        </message>
        <message>
            <source>Authority key identifier</source>
            <translation>憑證機構金鑰識別碼</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效期間</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>金鑰</translation>
        </message>
        <message>
            <source>%1, %2 bits</source>
            <translation>%1，%2 位元</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>憑證</translation>
        </message>
        <message>
            <source>none could be read</source>
            <translation>皆無法讀取</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>a trusted timestamp by %1</source>
            <translation>由 %1 提供的可信任時戳</translation>
        </message>
        <message>
            <source>the verification time (no timestamp)</source>
            <translation>驗證時間（無時戳）</translation>
        </message>
        <message>
            <source>Best signature time</source>
            <translation>最可信的簽署時間</translation>
        </message>
        <message>
            <source>%1, from %2</source>
            <translation>%1，來源：%2</translation>
        </message>
        <message>
            <source>Signing time claimed by the signer's computer</source>
            <translation>簽署人電腦宣稱的簽署時間</translation>
        </message>
        <message>
            <source>%1 (information only)</source>
            <translation>%1（僅供參考）</translation>
        </message>
        <message>
            <source>Verified at</source>
            <translation>驗證時間</translation>
        </message>
        <message>
            <source>Revocation</source>
            <translation>廢止狀態</translation>
        </message>
        <message>
            <source>not revoked</source>
            <translation>未廢止</translation>
        </message>
        <message>
            <source>revoked on %1</source>
            <translation>已於 %1 廢止</translation>
        </message>
        <message>
            <source>suspended (certificate hold) since %1</source>
            <translation>自 %1 起暫時停用（憑證停用）</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>未檢查</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>來源</translation>
        </message>
        <message>
            <source>Checked at</source>
            <translation>檢查時間</translation>
        </message>
        <message>
            <source>Algorithms</source>
            <translation>演算法</translation>
        </message>
        <message>
            <source>CMS, document attached (card reader)</source>
            <translation>CMS，內含文件（讀卡機）</translation>
        </message>
        <message>
            <source>CMS, detached (card reader)</source>
            <translation>CMS，分離式（讀卡機）</translation>
        </message>
        <message>
            <source>PKCS#1 (mobile citizen certificate)</source>
            <translation>PKCS#1（行動自然人憑證）</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>簽章</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>簽章金鑰</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>資訊</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>資訊</translation>
        </message>
        <message>
            <source>For an audit</source>
            <translation>稽核用資料</translation>
        </message>
        <message>
            <source>Document SHA-256</source>
            <translation>文件 SHA-256</translation>
        </message>
        <message>
            <source>Signature SHA-256</source>
            <translation>簽章 SHA-256</translation>
        </message>
        <message>
            <source>Signer certificate SHA-256</source>
            <translation>簽署人憑證 SHA-256</translation>
        </message>
        <message>
            <source>Trust anchors (SHA-256)</source>
            <translation>信任錨點（SHA-256）</translation>
        </message>
        <message>
            <source>Verifier</source>
            <translation>驗證程式</translation>
        </message>
        <message>
            <source>Report copied to the clipboard (JSON).</source>
            <translation>已將報告複製到剪貼簿（JSON）。</translation>
        </message>
        <message>
            <source>%1 (key ID %2…)</source>
            <translation>%1（金鑰識別碼 %2…）</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>issued by %1 to %2, trusted; revoked only after the signature was made.</source>
            <translation>由 %1 簽發給 %2，受信任；簽署之後才廢止。</translation>
        </message>
        <message>
            <source>issued by %1 to %2, trusted, not revoked; the issuing CA's own revocation was not checked.</source>
            <translation>由 %1 簽發給 %2，受信任，未廢止；簽發憑證機構本身的廢止狀態未檢查。</translation>
        </message>
        <message>
            <source>the details behind the verdict were not kept; verify the signature again.</source>
            <translation>此結果的詳細資料未保存；請重新驗證簽章。</translation>
        </message>
        <message>
            <source>%1 (%2) — %3</source>
            <extracomment>The verdict, the sub-indication code (e.g. HASH_FAILURE) and its meaning.</extracomment>
            <translation>%1（%2）— %3</translation>
        </message>
    </context>
    <context>
        <name>SignatureVerifier</name>
        <message>
            <source>The signature is empty.</source>
            <translation>簽章是空的。</translation>
        </message>
        <message>
            <source>The signature or document is larger than %1 MiB.</source>
            <translation>簽章或文件大於 %1 MiB。</translation>
        </message>
    </context>
    <context>
        <name>Text</name>
        <message>
            <source>no class yet</source>
            <translation>尚未編班</translation>
        </message>
        <message>
            <source>not enrolled</source>
            <translation>未在籍</translation>
        </message>
        <message>
            <source>The parent view needs a read-only connection.</source>
            <translation>家長視角需要唯讀連線。</translation>
        </message>
        <message>
            <source>There is no binding request #%1.</source>
            <translation>沒有編號 #%1 的綁定申請。</translation>
        </message>
        <message>
            <source>Binding request #%1 (%2) for %3</source>
            <translation>%3 的綁定申請 #%1（%2）</translation>
        </message>
        <message>
            <source>Binding request #%1 (%2) for %3 — no parent account yet</source>
            <translation>%3 的綁定申請 #%1（%2）— 尚無家長帳號</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1／%2</translation>
        </message>
        <message>
            <source>%1 · binding %2</source>
            <translation>%1 · 綁定 %2</translation>
        </message>
        <message>
            <source>%1 · binding request #%2 %3</source>
            <translation>%1 · 綁定申請 #%2 %3</translation>
        </message>
        <message>
            <source>There is no parent with this id (%1).</source>
            <translation>沒有此 ID（%1）的家長。</translation>
        </message>
        <message>
            <source>None of this parent's children is in your class or school, so you cannot open their parent view.</source>
            <translation>此家長的子女皆不在您的班級或學校，因此您無法開啟其家長視角。</translation>
        </message>
        <message>
            <source>Grade: %1, %2</source>
            <translation>成績：%1，%2</translation>
        </message>
        <message>
            <source>Absence: %1, %2 (%3)</source>
            <translation>缺曠：%1，%2（%3）</translation>
        </message>
        <message>
            <source>%1 × %2: %3</source>
            <translation>%1 × %2：%3</translation>
        </message>
        <message>
            <source>Recorded after the "as of" moment: on %1 they did not exist yet.</source>
            <translation>於檢視時點之後才登錄：%1 時尚不存在。</translation>
        </message>
        <message>
            <source>Nothing: choose a later "as of" day to see them.</source>
            <translation>不需處理：選擇較晚的檢視日期即可看到。</translation>
        </message>
        <message numerus="yes">
            <source>%n grade(s) recorded later</source>
            <translation>
                <numerusform>%n 筆成績於之後登錄</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n absence(s) recorded later</source>
            <translation>
                <numerusform>%n 筆缺曠於之後登錄</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merit/demerit record(s) recorded later</source>
            <translation>
                <numerusform>%n 筆獎懲紀錄於之後登錄</numerusform>
            </translation>
        </message>
        <message>
            <source>Notice "%1"</source>
            <translation>通知「%1」</translation>
        </message>
        <message>
            <source>This child's records are not open in this view.</source>
            <translation>此視角未開放此子女的紀錄。</translation>
        </message>
    </context>
    <context>
        <name>TrustConfigService</name>
        <message>
            <source>No trust anchor is configured for this school, so e-signatures cannot be verified. An administrator adds the certificate authority's root certificate in Settings → E-signature trust.</source>
            <translation>貴校尚未設定信任錨點，因此無法驗證電子簽章。請由系統管理員在「設定 → 電子簽章信任」中新增憑證機構的根憑證。</translation>
        </message>
        <message>
            <source>The e-signature trust settings of this school cannot be used: %1</source>
            <translation>無法使用貴校的電子簽章信任設定：%1</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>無法讀取檔案 %1。</translation>
        </message>
        <message>
            <source>The file %1 is larger than %2 MB; it is not a certificate or revocation list.</source>
            <translation>檔案 %1 大於 %2 MB；不是憑證或廢止清冊。</translation>
        </message>
        <message>
            <source>Not a root certificate (issued by "%1"): no signature's certificate path can end at it. Add its root as the trust anchor and this certificate as an intermediate, then remove this row.</source>
            <translation>不是根憑證（由「%1」簽發）：任何簽章的憑證路徑都無法終止於此。請將其根憑證加為信任錨點、此憑證加為中繼憑證，再移除這一列。</translation>
        </message>
    </context>
    <context>
        <name>TrustMaterial</name>
        <message>
            <source>Trust anchor</source>
            <translation>信任錨點</translation>
        </message>
        <message>
            <source>Intermediate CA</source>
            <translation>中繼 CA</translation>
        </message>
        <message>
            <source>Revocation list (CRL)</source>
            <translation>廢止清冊（CRL）</translation>
        </message>
        <message>
            <source>Timestamping root (TSA)</source>
            <translation>時戳根憑證（TSA）</translation>
        </message>
    </context>
    <context>
        <name>TrustMaterialInfo</name>
        <message>
            <source>CRL: %1</source>
            <translation>廢止清冊：%1</translation>
        </message>
    </context>
    <context>
        <name>TrustSettingsWidget</name>
        <message>
            <source>E-signature trust</source>
            <translation>電子簽章信任</translation>
        </message>
        <message>
            <source>Parents' e-signatures are verified against these certificates only; nothing is fetched from the Internet. Before adding a certificate, compare its SHA-256 fingerprint with the one the certificate authority publishes.</source>
            <translation>家長的電子簽章僅以這些憑證驗證；不會從網際網路擷取任何資料。新增憑證前，請將其 SHA-256 指紋與憑證機構公布的指紋比對。</translation>
        </message>
        <message>
            <source>Parents' e-signatures are verified against these certificates only. Only the school's administrators can change them.</source>
            <translation>家長的電子簽章僅以這些憑證驗證。僅學校的系統管理員可以變更。</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主體</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有效期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>What the file you add is</source>
            <translation>要新增的檔案類型</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>新增(&amp;A)…</translation>
        </message>
        <message>
            <source>Choose a certificate or revocation list file (PEM or DER) and confirm its fingerprint</source>
            <translation>選擇憑證或廢止清冊檔案（PEM 或 DER），並確認其指紋</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>重新載入</translation>
        </message>
        <message>
            <source>Loading the trust settings…</source>
            <translation>正在載入信任設定…</translation>
        </message>
        <message>
            <source>The trust settings cannot be loaded: %1</source>
            <translation>無法載入信任設定：%1</translation>
        </message>
        <message>
            <source>No trust anchor is configured: e-signatures cannot be verified until an administrator adds one.</source>
            <translation>尚未設定信任錨點：在系統管理員新增之前，無法驗證電子簽章。</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>示範</translation>
        </message>
        <message>
            <source>Shipped with the demo school: NOT a real certificate authority.</source>
            <translation>隨示範學校提供：並非真正的憑證機構。</translation>
        </message>
        <message>
            <source>City-wide</source>
            <translation>全市共用</translation>
        </message>
        <message>
            <source>Stale: replace it</source>
            <translation>已過時：請更換</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>已過期</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>有問題</translation>
        </message>
        <message>
            <source>next update %1</source>
            <translation>下次更新 %1</translation>
        </message>
        <message>
            <source>no next update</source>
            <translation>無下次更新時間</translation>
        </message>
        <message>
            <source>Add: %1</source>
            <translation>新增：%1</translation>
        </message>
        <message>
            <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
            <translation>憑證與廢止清冊 (*.pem *.crt *.cer *.der *.crl);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>正在讀取 %1…</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>未新增</translation>
        </message>
        <message>
            <source>Issuer: %1
Issued: %2
Next update: %3
Revoked certificates: %4</source>
            <translation>簽發者：%1
簽發時間：%2
下次更新：%3
已廢止憑證數：%4</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Subject: %1
Issuer: %2
Valid: %3 to %4</source>
            <translation>主體：%1
簽發者：%2
有效期間：%3 至 %4</translation>
        </message>
        <message>
            <source>Add this %1?

%2

SHA-256 fingerprint:
%3

Compare this fingerprint with the one the certificate authority publishes (on its web site or in its letter). Add it only if every character is the same.</source>
            <extracomment>%1 is e.g. "Trust anchor"; the fingerprint follows on its own line.</extracomment>
            <translation>要新增此%1嗎？

%2

SHA-256 指紋：
%3

請將此指紋與憑證機構公布的指紋（於其網站或來函中）比對。僅在每個字元都相同時才新增。</translation>
        </message>
        <message>
            <source>Confirm the fingerprint</source>
            <translation>確認指紋</translation>
        </message>
        <message>
            <source>The fingerprint matches: Add</source>
            <translation>指紋相符：新增</translation>
        </message>
        <message>
            <source>Adding…</source>
            <translation>正在新增…</translation>
        </message>
        <message>
            <source>Added "%1".</source>
            <translation>已新增「%1」。</translation>
        </message>
        <message numerus="yes">
            <source>It replaces %n older revocation list(s) of the same issuer.</source>
            <translation>
                <numerusform>這將取代同一簽發者的 %n 份較舊廢止清冊。</numerusform>
            </translation>
        </message>
        <message>
            <source>Signatures that chain only to this anchor will no longer verify.</source>
            <translation>僅鏈結至此信任錨點的簽章將無法再通過驗證。</translation>
        </message>
        <message>
            <source>Certificates of its issuer can then not be checked for revocation.</source>
            <translation>屆時將無法檢查其簽發者所發憑證的廢止狀態。</translation>
        </message>
        <message>
            <source>Signatures that need it may no longer verify.</source>
            <translation>需要它的簽章可能無法再通過驗證。</translation>
        </message>
        <message>
            <source>Remove trust entry</source>
            <translation>移除信任項目</translation>
        </message>
        <message>
            <source>Remove "%1" (%2)?

%3</source>
            <translation>要移除「%1」（%2）嗎？

%3</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>正在移除…</translation>
        </message>
        <message>
            <source>Not removed</source>
            <translation>未移除</translation>
        </message>
        <message>
            <source>Removed "%1".</source>
            <translation>已移除「%1」。</translation>
        </message>
    </context>
    <context>
        <name>TrustStore</name>
        <message>
            <source>No trust anchor is configured.</source>
            <translation>尚未設定信任錨點。</translation>
        </message>
        <message>
            <source>The trust store could not be created.</source>
            <translation>無法建立信任存放區。</translation>
        </message>
        <message>
            <source>A trust anchor certificate cannot be used.</source>
            <translation>有一張信任錨點憑證無法使用。</translation>
        </message>
        <message>
            <source>The trust anchor "%1" does not match its pinned SHA-256 fingerprint.</source>
            <translation>信任錨點「%1」與其固定的 SHA-256 指紋不符。</translation>
        </message>
        <message>
            <source>The trust anchor "%1" is not a certificate authority.</source>
            <translation>信任錨點「%1」不是憑證機構。</translation>
        </message>
        <message>
            <source>An intermediate certificate cannot be used.</source>
            <translation>有一張中繼憑證無法使用。</translation>
        </message>
        <message>
            <source>A timestamp authority certificate cannot be used.</source>
            <translation>有一張時戳機構憑證無法使用。</translation>
        </message>
        <message>
            <source>A certificate revocation list cannot be read.</source>
            <translation>有一份憑證廢止清冊無法讀取。</translation>
        </message>
        <message>
            <source>The revocation list of "%1" does not verify with the configured certificate authority of that name.</source>
            <translation>「%1」的廢止清冊無法以已設定的同名憑證機構驗證。</translation>
        </message>
        <message>
            <source>The revocation list of "%1" cannot be used.</source>
            <translation>無法使用「%1」的廢止清冊。</translation>
        </message>
    </context>
    <context>
        <name>VerificationReport</name>
        <message>
            <source>The stored signature report cannot be read.</source>
            <translation>無法讀取已儲存的簽章報告。</translation>
        </message>
    </context>
    <context>
        <name>cooc</name>
        <message>
            <source>an unknown time</source>
            <translation>不明時間</translation>
        </message>
        <message>
            <source>The household service is not configured: %1</source>
            <translation>尚未設定戶政查驗服務：%1</translation>
        </message>
        <message>
            <source>The API key is empty.</source>
            <translation>API 金鑰是空的。</translation>
        </message>
        <message>
            <source>The API key may hold only printable ASCII characters without spaces.</source>
            <translation>API 金鑰只能包含可列印的 ASCII 字元，且不可有空格。</translation>
        </message>
        <message>
            <source>The API key is longer than 4096 characters.</source>
            <translation>API 金鑰超過 4096 個字元。</translation>
        </message>
        <message>
            <source>Secure storage (the system keychain, Secret Service) is not available, so the API key was not stored anywhere. Start the keychain (e.g. log in to a desktop session with GNOME Keyring or KWallet) and enter the key again.</source>
            <translation>無法使用安全儲存區（系統鑰匙圈，Secret Service），因此 API 金鑰未儲存於任何地方。請啟動鑰匙圈（例如以 GNOME Keyring 或 KWallet 登入桌面工作階段），然後重新輸入金鑰。</translation>
        </message>
        <message>
            <source>The school no longer exists.</source>
            <translation>此學校已不存在。</translation>
        </message>
        <message>
            <source>no service address is set (Settings → Household-registration service).</source>
            <translation>未設定服務位址（設定 → 戶政查驗服務）。</translation>
        </message>
        <message>
            <source>no API key is stored in this computer's keychain.</source>
            <translation>這台電腦的鑰匙圈中未儲存 API 金鑰。</translation>
        </message>
        <message>
            <source>the system keychain (Secret Service) is not available, so the API key cannot be read.</source>
            <translation>無法使用系統鑰匙圈（Secret Service），因此無法讀取 API 金鑰。</translation>
        </message>
        <message>
            <source>no settings were loaded.</source>
            <translation>未載入任何設定。</translation>
        </message>
        <message>
            <source>Homeroom teacher</source>
            <translation>導師</translation>
        </message>
        <message>
            <source>Office staff</source>
            <translation>行政人員</translation>
        </message>
        <message>
            <source>School administrator</source>
            <translation>學校系統管理員</translation>
        </message>
        <message>
            <source>System</source>
            <translation>系統</translation>
        </message>
        <message>
            <source>Office of Student Affairs</source>
            <translation>學務處</translation>
        </message>
        <message>
            <source>Office of Academic Affairs</source>
            <translation>教務處</translation>
        </message>
        <message>
            <source>Counseling Office</source>
            <translation>輔導室</translation>
        </message>
        <message>
            <source>Office of General Affairs</source>
            <translation>總務處</translation>
        </message>
        <message>
            <source>Principal's Office</source>
            <translation>校長室</translation>
        </message>
        <message>
            <source>This file holds a private key, not a %1. Never hand a private key to anyone; choose the certificate file instead.</source>
            <translation>此檔案包含私密金鑰，而不是%1。絕不要將私密金鑰交給任何人；請改選憑證檔案。</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>憑證</translation>
        </message>
        <message>
            <source>revocation list</source>
            <translation>廢止清冊</translation>
        </message>
        <message>
            <source>This file holds a revocation list (CRL), not a certificate. Add it as a revocation list.</source>
            <translation>此檔案包含廢止清冊（CRL），而不是憑證。請將其作為廢止清冊新增。</translation>
        </message>
        <message>
            <source>This file holds a certificate, not a revocation list (CRL).</source>
            <translation>此檔案包含憑證，而不是廢止清冊（CRL）。</translation>
        </message>
        <message>
            <source>This file holds a "%1" block, not a %2.</source>
            <translation>此檔案包含「%1」區塊，而不是%2。</translation>
        </message>
        <message>
            <source>revocation list (CRL)</source>
            <translation>廢止清冊（CRL）</translation>
        </message>
        <message>
            <source>The certificate in this file is damaged: it is not valid DER.</source>
            <translation>此檔案中的憑證已損毀：不是有效的 DER。</translation>
        </message>
        <message>
            <source>The certificate's validity dates cannot be read.</source>
            <translation>無法讀取憑證的有效日期。</translation>
        </message>
        <message>
            <source>The revocation list (CRL) in this file does not parse: it is not valid DER.</source>
            <translation>無法解析此檔案中的廢止清冊（CRL）：不是有效的 DER。</translation>
        </message>
        <message>
            <source>The revocation list's issue date (thisUpdate) cannot be read.</source>
            <translation>無法讀取廢止清冊的簽發日期（thisUpdate）。</translation>
        </message>
        <message>
            <source>The e-mail address %1 is already the login of another parent. Nothing was saved; ask the applicant for another e-mail address (I).</source>
            <translation>電子郵件地址 %1 已是另一位家長的登入帳號。未儲存任何變更；請要求申請人提供其他電子郵件地址（I）。</translation>
        </message>
        <message>
            <source>The login %1 is already used by another account. Nothing was saved; ask the applicant for another e-mail address (I).</source>
            <translation>登入帳號 %1 已被其他帳號使用。未儲存任何變更；請要求申請人提供其他電子郵件地址（I）。</translation>
        </message>
        <message>
            <source>The applicant's or the student's ID on this request changed while the household check ran, so its answer is not about this request any more. Nothing was recorded; check again.</source>
            <translation>戶政查驗進行期間，此申請的申請人或學生身分證號已變更，查驗結果已不屬於此申請。未記錄任何結果，請重新查驗。</translation>
        </message>
    </context>
    <context>
        <name>cooc::AccountRepository</name>
        <message>
            <source>The account no longer exists.</source>
            <translation>此帳號已不存在。</translation>
        </message>
        <message>
            <source>An account needs a login, a password and exactly one owner of its kind.</source>
            <translation>帳號須有登入名稱、密碼，以及恰好一位對應類型的擁有者。</translation>
        </message>
    </context>
    <context>
        <name>cooc::AccountRules</name>
        <message>
            <source>Enter a new password.</source>
            <translation>請輸入新密碼。</translation>
        </message>
        <message>
            <source>The new password must not begin or end with a space.</source>
            <translation>新密碼的開頭與結尾不可有空格。</translation>
        </message>
        <message>
            <source>The new password must not contain control characters.</source>
            <translation>新密碼不可包含控制字元。</translation>
        </message>
        <message>
            <source>The new password is too short: use at least %1 characters.</source>
            <translation>新密碼太短：請至少使用 %1 個字元。</translation>
        </message>
        <message>
            <source>The new password is too long: use at most %1 characters.</source>
            <translation>新密碼太長：最多只能使用 %1 個字元。</translation>
        </message>
        <message>
            <source>The new password must be different from the current (default) password.</source>
            <translation>新密碼必須與目前（預設）密碼不同。</translation>
        </message>
        <message>
            <source>The new password must not contain your login name.</source>
            <translation>新密碼不可包含您的帳號名稱。</translation>
        </message>
        <message>
            <source>The new password must not repeat a single character.</source>
            <translation>新密碼不可只由同一個字元重複組成。</translation>
        </message>
    </context>
    <context>
        <name>cooc::AuthService</name>
        <message numerus="yes">
            <source>%n more wrong attempt(s) will lock the account for a while.</source>
            <translation>
                <numerusform>再錯誤 %n 次，帳號將暫時鎖定。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cooc::BindingRechecks</name>
        <message>
            <source>The e-signature cannot be verified: %1 Nothing was changed.</source>
            <translation>無法驗證電子簽章：%1 未做任何變更。</translation>
        </message>
    </context>
    <context>
        <name>cooc::BindingRequestRepository</name>
        <message>
            <source>The applicant's record could not be read. Nothing was saved.</source>
            <translation>無法讀取申請人的資料。未儲存任何變更。</translation>
        </message>
    </context>
    <context>
        <name>cooc::Database</name>
        <message>
            <source>starting a transaction</source>
            <translation>開始交易</translation>
        </message>
        <message>
            <source>saving the change</source>
            <translation>儲存變更</translation>
        </message>
    </context>
    <context>
        <name>cooc::DemoHouseholdService</name>
        <message>
            <source>The demo household registry cannot be read.</source>
            <translation>無法讀取示範戶籍資料。</translation>
        </message>
    </context>
    <context>
        <name>cooc::DemoSchool</name>
        <message>
            <source>preparing the demo data</source>
            <translation>準備示範資料</translation>
        </message>
        <message>
            <source>writing the demo data</source>
            <translation>寫入示範資料</translation>
        </message>
    </context>
    <context>
        <name>cooc::HouseholdContract</name>
        <message>
            <source>The service answered with a redirect; the address may be wrong.</source>
            <translation>服務回應了重新導向；位址可能有誤。</translation>
        </message>
        <message>
            <source>The service is busy (too many requests).</source>
            <translation>服務忙碌中（請求過多）。</translation>
        </message>
        <message>
            <source>The service reported a temporary error (HTTP %1).</source>
            <translation>服務回報暫時性錯誤（HTTP %1）。</translation>
        </message>
        <message>
            <source>The service refused our credentials; ask the administrator to check the API key.</source>
            <translation>服務拒絕了我們的認證資訊；請系統管理員檢查 API 金鑰。</translation>
        </message>
        <message>
            <source>The service does not know this address; ask the administrator to check the base URL.</source>
            <translation>服務無法辨識此位址；請系統管理員檢查基礎 URL。</translation>
        </message>
        <message>
            <source>The service saw this request id before with different data.</source>
            <translation>服務先前已收到此請求 ID，但資料不同。</translation>
        </message>
        <message>
            <source>The service refused the request (HTTP %1).</source>
            <translation>服務拒絕了請求（HTTP %1）。</translation>
        </message>
        <message>
            <source>The service answered with an unexpected status (HTTP %1).</source>
            <translation>服務回應了非預期的狀態（HTTP %1）。</translation>
        </message>
        <message>
            <source>The service reported an error (HTTP %1).</source>
            <translation>服務回報錯誤（HTTP %1）。</translation>
        </message>
        <message>
            <source>The household service address is not usable: %1</source>
            <translation>戶政查驗服務位址無法使用：%1</translation>
        </message>
        <message>
            <source>it is not an absolute URL.</source>
            <translation>不是絕對 URL。</translation>
        </message>
        <message>
            <source>it must start with https://.</source>
            <translation>必須以 https:// 開頭。</translation>
        </message>
        <message>
            <source>it must not contain a user name, a query or a fragment.</source>
            <translation>不可包含使用者名稱、查詢字串或片段。</translation>
        </message>
        <message>
            <source>The check has no usable request id.</source>
            <translation>此查驗沒有可用的請求 ID。</translation>
        </message>
        <message>
            <source>The parent's ID is missing or not in the expected form.</source>
            <translation>家長的身分證統一編號缺漏或格式不符。</translation>
        </message>
        <message>
            <source>The child's ID is missing or not in the expected form.</source>
            <translation>子女的身分證統一編號缺漏或格式不符。</translation>
        </message>
        <message>
            <source>The parent and the child have the same ID.</source>
            <translation>家長與子女的身分證統一編號相同。</translation>
        </message>
        <message>
            <source>The service's answer is too large.</source>
            <translation>服務的回應過大。</translation>
        </message>
        <message>
            <source>The service's answer is not JSON.</source>
            <translation>服務的回應不是 JSON。</translation>
        </message>
        <message>
            <source>The service's answer is not valid JSON.</source>
            <translation>服務的回應不是有效的 JSON。</translation>
        </message>
        <message>
            <source>The service's answer belongs to another request.</source>
            <translation>服務的回應屬於另一筆請求。</translation>
        </message>
        <message>
            <source>The service's answer has an unknown result.</source>
            <translation>服務的回應含有不明的結果。</translation>
        </message>
        <message>
            <source>The service's answer has no valid check time.</source>
            <translation>服務的回應沒有有效的查驗時間。</translation>
        </message>
        <message>
            <source>The service's answer has no valid reference.</source>
            <translation>服務的回應沒有有效的參考編號。</translation>
        </message>
        <message>
            <source>The service closed the connection without an answer.</source>
            <translation>服務未回應就關閉了連線。</translation>
        </message>
        <message>
            <source>The service refused the connection.</source>
            <translation>服務拒絕了連線。</translation>
        </message>
        <message>
            <source>The service's host name could not be found.</source>
            <translation>找不到服務的主機名稱。</translation>
        </message>
        <message>
            <source>The service did not answer in time.</source>
            <translation>服務未在時限內回應。</translation>
        </message>
        <message>
            <source>The network connection to the service failed.</source>
            <translation>與服務的網路連線失敗。</translation>
        </message>
        <message>
            <source>The service's certificate was not accepted; the connection was refused.</source>
            <translation>服務的憑證未被接受，已拒絕連線。</translation>
        </message>
        <message>
            <source>The connection to the service failed.</source>
            <translation>與服務的連線失敗。</translation>
        </message>
        <message>
            <source>The service's answer is ambiguous: a field appears twice.</source>
            <translation>服務的回應含糊不清：同一欄位出現兩次。</translation>
        </message>
        <message>
            <source>The service's answer is compressed, which the contract does not allow.</source>
            <translation>服務的回覆經過壓縮，介接規格不允許。</translation>
        </message>
        <message>
            <source>The service's answer is dated %1, ahead of this computer's clock (%2). Check the computer's date and time.</source>
            <translation>服務回覆的時間為 %1，比這台電腦的時鐘（%2）還晚。請檢查電腦的日期與時間。</translation>
        </message>
    </context>
    <context>
        <name>cooc::HouseholdRecording</name>
        <message>
            <source>A cancelled household check is not recorded.</source>
            <translation>已取消的戶政查驗不會被記錄。</translation>
        </message>
    </context>
    <context>
        <name>cooc::HouseholdResult</name>
        <message>
            <source>Same household, both registered in Taipei</source>
            <translation>同戶籍，皆設籍臺北市</translation>
        </message>
        <message>
            <source>Not in the same household</source>
            <translation>不在同一戶籍</translation>
        </message>
        <message>
            <source>The parent or the child is not registered in Taipei</source>
            <translation>家長或子女未設籍臺北市</translation>
        </message>
        <message>
            <source>Household check unavailable</source>
            <translation>無法進行戶政查驗</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>%1 = "Household check unavailable", %2 = the reason, e.g. "The service did not answer in time."</extracomment>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>cooc::HttpHouseholdClient</name>
        <message>
            <source>The service's certificate is not the one the administrator pinned; the connection was refused.</source>
            <translation>服務的憑證與系統管理員固定的憑證不同，已拒絕連線。</translation>
        </message>
        <message>
            <source>The service's certificate was not accepted; the connection was refused.</source>
            <translation>服務的憑證未被接受，已拒絕連線。</translation>
        </message>
        <message>
            <source>The service's answer is too large.</source>
            <translation>服務的回應過大。</translation>
        </message>
        <message>
            <source>The service did not answer in time.</source>
            <translation>服務未在時限內回應。</translation>
        </message>
        <message numerus="yes">
            <source>%1 (no answer after %n attempt(s))</source>
            <extracomment>%1 = the last failure, e.g. "The service did not answer in time."</extracomment>
            <translation>
                <numerusform>%1（嘗試 %n 次後仍無回應）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cooc::ParentViewService</name>
        <message>
            <source>Choose the day to view.</source>
            <translation>請選擇要檢視的日期。</translation>
        </message>
        <message>
            <source>The "as of" day cannot be in the future: no parent has seen it yet.</source>
            <translation>「檢視日期」不能是未來的日子：還沒有家長看過那一天。</translation>
        </message>
    </context>
    <context>
        <name>cooc::ParentViewText</name>
        <message>
            <source>father</source>
            <translation>父親</translation>
        </message>
        <message>
            <source>mother</source>
            <translation>母親</translation>
        </message>
        <message>
            <source>guardian</source>
            <translation>監護人</translation>
        </message>
        <message>
            <source>grandparent</source>
            <translation>祖父母</translation>
        </message>
        <message>
            <source>delegated caregiver</source>
            <translation>受託照顧者</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>first midterm</source>
            <translation>第一次段考</translation>
        </message>
        <message>
            <source>second midterm</source>
            <translation>第二次段考</translation>
        </message>
        <message>
            <source>final exam</source>
            <translation>期末考</translation>
        </message>
        <message>
            <source>semester grade</source>
            <translation>學期成績</translation>
        </message>
        <message>
            <source>personal leave</source>
            <translation>事假</translation>
        </message>
        <message>
            <source>sick leave</source>
            <translation>病假</translation>
        </message>
        <message>
            <source>official leave</source>
            <translation>公假</translation>
        </message>
        <message>
            <source>bereavement leave</source>
            <translation>喪假</translation>
        </message>
        <message>
            <source>truancy</source>
            <translation>曠課</translation>
        </message>
        <message>
            <source>late</source>
            <translation>遲到</translation>
        </message>
        <message>
            <source>left early</source>
            <translation>早退</translation>
        </message>
        <message>
            <source>morning study</source>
            <translation>早修</translation>
        </message>
        <message>
            <source>noon break</source>
            <translation>午休</translation>
        </message>
        <message>
            <source>period %1</source>
            <translation>第%1節</translation>
        </message>
        <message>
            <source>commendation</source>
            <translation>嘉獎</translation>
        </message>
        <message>
            <source>minor merit</source>
            <translation>小功</translation>
        </message>
        <message>
            <source>major merit</source>
            <translation>大功</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>minor demerit</source>
            <translation>小過</translation>
        </message>
        <message>
            <source>major demerit</source>
            <translation>大過</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation>待核准</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>核准</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>駁回</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>active</source>
            <translation>生效中</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>已暫停</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>已終止</translation>
        </message>
        <message>
            <source>waiting for review</source>
            <translation>待審核</translation>
        </message>
        <message>
            <source>more information requested</source>
            <translation>已退回補件</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>在籍</translation>
        </message>
        <message>
            <source>transferred out</source>
            <translation>已轉出</translation>
        </message>
        <message>
            <source>graduated</source>
            <translation>已畢業</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>已報名</translation>
        </message>
        <message>
            <source>on the waiting list</source>
            <translation>候補中</translation>
        </message>
        <message>
            <source>not paid</source>
            <translation>未繳費</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>已繳費</translation>
        </message>
        <message>
            <source>refunded</source>
            <translation>已退費</translation>
        </message>
        <message>
            <source>arrival</source>
            <translation>到校</translation>
        </message>
        <message>
            <source>departure</source>
            <translation>離校</translation>
        </message>
        <message>
            <source>in the app</source>
            <translation>透過APP</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>以紙本</translation>
        </message>
        <message>
            <source>by phone</source>
            <translation>以電話</translation>
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
            <translation>%1學年度第%2學期</translation>
        </message>
        <message>
            <source>School year %1</source>
            <extracomment>ROC school year; zh_TW: %1學年度</extracomment>
            <translation>%1學年度</translation>
        </message>
    </context>
    <context>
        <name>cooc::Settings</name>
        <message>
            <source>The language "%1" is not available; choose Traditional Chinese or English.</source>
            <translation>無法使用語言「%1」；請選擇繁體中文或英文。</translation>
        </message>
    </context>
    <context>
        <name>cooc::Visibility</name>
        <message>
            <source>the school</source>
            <translation>學校</translation>
        </message>
        <message>
            <source>Binding request #%1 is waiting for review (sent %2).</source>
            <translation>綁定申請 #%1 正等候審核（%2 送出）。</translation>
        </message>
        <message>
            <source>Nothing: the request was approved on %1; from then the parent sees this child.</source>
            <translation>不需處理：此申請已於 %1 核准；自該日起家長即可看到此子女。</translation>
        </message>
        <message>
            <source>Review and approve binding request #%1 (Binding requests).</source>
            <translation>請審核並核准綁定申請 #%1（綁定申請）。</translation>
        </message>
        <message>
            <source>Binding request #%1 waits for the parent: the reviewer asked for more information.</source>
            <translation>綁定申請 #%1 正等候家長回覆：審核人員已要求補件。</translation>
        </message>
        <message>
            <source>The parent sends what was asked for in the app; then approve binding request #%1.</source>
            <translation>家長在 APP 中送出所需資料後，再核准綁定申請 #%1。</translation>
        </message>
        <message>
            <source>The binding is suspended (for example by a transfer).</source>
            <translation>此綁定已暫停（例如因轉學）。</translation>
        </message>
        <message>
            <source>The binding was suspended on %1 (for example by a transfer).</source>
            <translation>此綁定已於 %1 暫停（例如因轉學）。</translation>
        </message>
        <message>
            <source>Reactivate the binding once the student is enrolled and placed in a class.</source>
            <translation>待學生在籍並完成編班後，重新啟用此綁定。</translation>
        </message>
        <message>
            <source>The binding was ended.</source>
            <translation>此綁定已終止。</translation>
        </message>
        <message>
            <source>The binding was ended on %1.</source>
            <translation>此綁定已於 %1 終止。</translation>
        </message>
        <message>
            <source>The parent applies for a new binding in the app; approving it restores access.</source>
            <translation>家長在 APP 中重新申請綁定；核准後即恢復存取。</translation>
        </message>
        <message>
            <source>Binding request #%1 was rejected on %2.</source>
            <translation>綁定申請 #%1 已於 %2 駁回。</translation>
        </message>
        <message>
            <source>Binding request #%1 was rejected on %2: %3.</source>
            <translation>綁定申請 #%1 已於 %2 駁回：%3。</translation>
        </message>
        <message>
            <source>The parent applies again in the app; approving the new request gives access.</source>
            <translation>家長在 APP 中重新申請；核准新申請後即可存取。</translation>
        </message>
        <message>
            <source>The parent withdrew binding request #%1.</source>
            <translation>家長已撤回綁定申請 #%1。</translation>
        </message>
        <message>
            <source>The binding was approved on %1, after this day.</source>
            <translation>此綁定於 %1 核准，晚於這一天。</translation>
        </message>
        <message>
            <source>Nothing: from %1 the parent sees this child.</source>
            <translation>不需處理：自 %1 起家長即可看到此子女。</translation>
        </message>
        <message>
            <source>Binding request #%1 was approved, but no binding record exists.</source>
            <translation>綁定申請 #%1 已核准，但沒有綁定紀錄。</translation>
        </message>
        <message>
            <source>This parent is not bound to this child and has not applied.</source>
            <translation>此家長未與此子女綁定，也未提出申請。</translation>
        </message>
        <message>
            <source>Ask the school's IT office to check the binding record.</source>
            <translation>請洽學校資訊組檢查綁定紀錄。</translation>
        </message>
        <message>
            <source>The parent applies for a parent–child binding in the app; a reviewer approves it.</source>
            <translation>家長在 APP 中申請親子綁定，再由審核人員核准。</translation>
        </message>
        <message>
            <source>The applicant has no parent account yet: it is created when a binding request is approved.</source>
            <translation>申請人尚無家長帳號：帳號會在綁定申請核准時建立。</translation>
        </message>
        <message>
            <source>The parent applies for a parent–child binding in the app.</source>
            <translation>家長在 APP 中申請親子綁定。</translation>
        </message>
        <message>
            <source>The student is enrolled at %1, not at this school.</source>
            <translation>該生在籍於 %1，而非本校。</translation>
        </message>
        <message>
            <source>Only %1 can decide for this student now.</source>
            <translation>目前只有 %1 能為此學生做決定。</translation>
        </message>
        <message>
            <source>The student is enrolled at both %1 and %2: %1 has not yet released them after the transfer.</source>
            <translation>該生同時在籍於 %1 與 %2：%1 尚未在轉學後辦理轉出。</translation>
        </message>
        <message>
            <source>%1 records the transfer out; then %2 places the student in a class.</source>
            <translation>由 %1 登錄轉出；接著由 %2 為該生編班。</translation>
        </message>
        <message>
            <source>Transferred from %1: not yet placed in a class at the new school, %2.</source>
            <translation>自 %1 轉入：尚未在新學校 %2 編班。</translation>
        </message>
        <message>
            <source>Enrolled at %1 since %2, but not yet placed in a class.</source>
            <translation>自 %2 起在籍於 %1，但尚未編班。</translation>
        </message>
        <message>
            <source>%1 places the student in a class (academic affairs office).</source>
            <translation>由 %1（教務處）為該生編班。</translation>
        </message>
        <message>
            <source>Transferred out of the old school, %1, on %2; no school has enrolled the student since.</source>
            <translation>已於 %2 自原學校 %1 轉出；此後沒有任何學校登錄該生在籍。</translation>
        </message>
        <message>
            <source>Transferred out of the old school, %1; no school has enrolled the student since.</source>
            <translation>已自原學校 %1 轉出；此後沒有任何學校登錄該生在籍。</translation>
        </message>
        <message>
            <source>The new school enrolls the student and places them in a class; the binding then applies again without re-binding.</source>
            <translation>新學校登錄該生在籍並完成編班後，綁定即恢復適用，無須重新綁定。</translation>
        </message>
        <message>
            <source>Graduated from %1 on %2.</source>
            <translation>已於 %2 自 %1 畢業。</translation>
        </message>
        <message>
            <source>Graduated from %1.</source>
            <translation>已自 %1 畢業。</translation>
        </message>
        <message>
            <source>When the student is enrolled and placed in a class at their next Taipei school, access returns without re-binding.</source>
            <translation>該生在下一所臺北市學校在籍並完成編班後，即恢復存取，無須重新綁定。</translation>
        </message>
        <message>
            <source>Enrolled at %1 only from %2.</source>
            <translation>自 %2 起才在籍於 %1。</translation>
        </message>
        <message>
            <source>The enrollment at %1 ended on %2.</source>
            <translation>在 %1 的在籍已於 %2 結束。</translation>
        </message>
        <message>
            <source>If the student is still at %1, correct the enrollment in the school administration system.</source>
            <translation>若該生仍在 %1，請在校務行政系統中更正在籍資料。</translation>
        </message>
        <message>
            <source>The student is not enrolled at this school.</source>
            <translation>該生未在籍於本校。</translation>
        </message>
        <message>
            <source>No school has enrolled this student.</source>
            <translation>沒有任何學校登錄此學生在籍。</translation>
        </message>
        <message>
            <source>The school enrolls the student and places them in a class in the school administration system.</source>
            <translation>由學校在校務行政系統中登錄該生在籍並編班。</translation>
        </message>
        <message>
            <source>Recorded on %1, after the "as of" moment.</source>
            <translation>於 %1 登錄，晚於檢視時點。</translation>
        </message>
        <message>
            <source>Nothing: parents have seen it since %1.</source>
            <translation>不需處理：家長自 %1 起已可看到。</translation>
        </message>
        <message>
            <source>Nothing: parents see it from %1.</source>
            <translation>不需處理：家長自 %1 起可看到。</translation>
        </message>
        <message>
            <source>Recorded today at %1; visible to parents tomorrow, %2.</source>
            <translation>今天 %1 登錄；家長明天（%2）即可看到。</translation>
        </message>
        <message>
            <source>Recorded on %1, the "as of" day; visible to parents from the next day, %2.</source>
            <translation>於檢視日期 %1 登錄；家長自隔天（%2）起可看到。</translation>
        </message>
        <message>
            <source>Nothing to do: the city's one-day lag shows it to parents the next day.</source>
            <translation>不需處理：依全市一日延遲的規定，家長隔天即可看到。</translation>
        </message>
        <message>
            <source>"%1" is still a draft.</source>
            <translation>「%1」仍是草稿。</translation>
        </message>
        <message>
            <source>Publish the notice (Notices); parents see only published notices.</source>
            <translation>請發布此通知（通知與調查）；家長只能看到已發布的通知。</translation>
        </message>
        <message>
            <source>"%1" was archived; the app no longer lists it.</source>
            <translation>「%1」已封存；APP 不再列出。</translation>
        </message>
        <message>
            <source>Publish it again if parents should still see it.</source>
            <translation>若家長仍應看到，請重新發布。</translation>
        </message>
        <message>
            <source>"%1" was published on %2, after the "as of" moment.</source>
            <translation>「%1」於 %2 發布，晚於檢視時點。</translation>
        </message>
        <message>
            <source>"%1" is not addressed to this parent for this child.</source>
            <translation>「%1」未針對此子女發送給此家長。</translation>
        </message>
        <message>
            <source>"%1" is addressed to %2 for this child, not to this parent.</source>
            <translation>「%1」針對此子女發送給 %2，而非此家長。</translation>
        </message>
        <message>
            <source>Add this parent as a recipient for this child (Notices).</source>
            <translation>請將此家長加為此子女的收件人（通知與調查）。</translation>
        </message>
    </context>
    <context>
        <name>cooc::auth_detail</name>
        <message>
            <source>The login name or password is wrong.</source>
            <translation>帳號或密碼錯誤。</translation>
        </message>
        <message>
            <source>This database has not been set up for CooC Desk yet (run "cooc-desk-cli db init").</source>
            <translation>此資料庫尚未為 CooC Desk 完成設定（請執行「cooc-desk-cli db init」）。</translation>
        </message>
    </context>
    <context>
        <name>cooc::binding</name>
        <message>
            <source>Pending</source>
            <translation>待審核</translation>
        </message>
        <message>
            <source>Information requested</source>
            <translation>待補件</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已核准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已駁回</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>Valid</source>
            <comment>signature verdict TOTAL_PASSED</comment>
            <translation>有效</translation>
        </message>
        <message>
            <source>Invalid</source>
            <comment>signature verdict TOTAL_FAILED</comment>
            <translation>無效</translation>
        </message>
        <message>
            <source>Cannot confirm</source>
            <comment>signature verdict INDETERMINATE</comment>
            <translation>無法確認</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>未驗證</translation>
        </message>
        <message>
            <source>No signature</source>
            <translation>無簽章</translation>
        </message>
        <message>
            <source>Match</source>
            <comment>household check</comment>
            <translation>相符</translation>
        </message>
        <message>
            <source>No match</source>
            <comment>household check</comment>
            <translation>不符</translation>
        </message>
        <message>
            <source>Not in Taipei</source>
            <comment>household check</comment>
            <translation>非臺北市</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <comment>household check</comment>
            <translation>無法查驗</translation>
        </message>
        <message>
            <source>Not checked</source>
            <comment>household check</comment>
            <translation>未查驗</translation>
        </message>
        <message>
            <source>Father</source>
            <translation>父親</translation>
        </message>
        <message>
            <source>Mother</source>
            <translation>母親</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>監護人</translation>
        </message>
        <message>
            <source>Grandparent (caregiver)</source>
            <translation>祖父母（照顧者）</translation>
        </message>
        <message>
            <source>Delegated caregiver</source>
            <translation>受託照顧者</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>在籍</translation>
        </message>
        <message>
            <source>Not yet placed in a class</source>
            <translation>尚未編班</translation>
        </message>
        <message>
            <source>Transferred out</source>
            <translation>已轉出</translation>
        </message>
        <message>
            <source>Graduated</source>
            <translation>已畢業</translation>
        </message>
        <message>
            <source>Not enrolled this school year</source>
            <translation>本學年度未在籍</translation>
        </message>
        <message>
            <source>Not enrolled at this school</source>
            <translation>未在籍本校</translation>
        </message>
        <message>
            <source>Not this student's parent or guardian</source>
            <translation>非此學生的家長或監護人</translation>
        </message>
        <message>
            <source>Relationship could not be confirmed</source>
            <translation>無法確認親屬關係</translation>
        </message>
        <message>
            <source>The e-signature is invalid</source>
            <translation>電子簽章無效</translation>
        </message>
        <message>
            <source>Required documents are missing</source>
            <translation>缺少必要文件</translation>
        </message>
        <message>
            <source>Duplicate request</source>
            <translation>重複申請</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>cooc::central</name>
        <message>
            <source>The audit log can only be verified as the database owner: a staff account sees only part of the log. Connect as the owner role (docs/deploy.md).</source>
            <translation>僅能以資料庫擁有者身分驗證稽核紀錄：教職員帳號只能看到部分紀錄。請以擁有者角色連線（docs/deploy.md）。</translation>
        </message>
        <message>
            <source>The audit chain's head record is missing: the log cannot be trusted.</source>
            <translation>稽核鏈的鏈首紀錄遺失：此紀錄無法信任。</translation>
        </message>
        <message>
            <source>the newest entries were removed or replaced: the chain's head is entry %1, but the log ends at entry %2</source>
            <translation>最新的項目已被移除或取代：鏈首為第 %1 筆，但紀錄結束於第 %2 筆</translation>
        </message>
        <message>
            <source>"%1" cannot be a database login name: use lower-case letters, digits and _ only, starting with a letter, at most 63 characters.</source>
            <translation>「%1」不能作為資料庫登入名稱：只能使用小寫字母、數字與 _，須以字母開頭，最多 63 個字元。</translation>
        </message>
        <message>
            <source>line %1: a quoted field is not closed.</source>
            <translation>第 %1 行：有引號欄位未結束。</translation>
        </message>
        <message>
            <source>The staff file is larger than 64 MB; that is not an SIS staff export.</source>
            <translation>教職員檔案大於 64 MB；這不是校務行政系統的教職員匯出檔。</translation>
        </message>
        <message>
            <source>The staff file is neither UTF-8 nor Big5 text. Export it again as CSV in UTF-8.</source>
            <translation>教職員檔案既非 UTF-8 也非 Big5 文字。請重新匯出為 UTF-8 編碼的 CSV。</translation>
        </message>
        <message>
            <source>Unknown text encoding "%1": use UTF-8 or Big5.</source>
            <translation>未知的文字編碼「%1」：請使用 UTF-8 或 Big5。</translation>
        </message>
        <message>
            <source>The staff file is not valid %1 text.</source>
            <translation>教職員檔案不是有效的 %1 文字。</translation>
        </message>
        <message>
            <source>The staff file is empty: it needs a header row and one row per staff member.</source>
            <translation>教職員檔案是空的：須有一列標題列，以及每位教職員各一列。</translation>
        </message>
        <message>
            <source>line 1: unknown column "%1".</source>
            <translation>第 1 行：未知的欄位「%1」。</translation>
        </message>
        <message>
            <source>line 1: the column "%1" appears twice.</source>
            <translation>第 1 行：欄位「%1」出現兩次。</translation>
        </message>
        <message>
            <source>line 1: the required column "%1" is missing.</source>
            <translation>第 1 行：缺少必要欄位「%1」。</translation>
        </message>
        <message>
            <source>The staff file cannot be used:</source>
            <translation>無法使用教職員檔案：</translation>
        </message>
        <message>
            <source>line %1: </source>
            <translation>第 %1 行： </translation>
        </message>
        <message>
            <source>%1 fields where the header has %2.</source>
            <translation>有 %1 個欄位，但標題列有 %2 個。</translation>
        </message>
        <message>
            <source>the school code "%1" is not a school's English code.</source>
            <translation>學校代碼「%1」不是學校的英文代碼。</translation>
        </message>
        <message>
            <source>the national ID is not valid.</source>
            <translation>身分證統一編號無效。</translation>
        </message>
        <message>
            <source>the name is empty.</source>
            <translation>姓名是空的。</translation>
        </message>
        <message>
            <source>unknown office "%1".</source>
            <translation>未知的處室「%1」。</translation>
        </message>
        <message>
            <source>is_teacher and is_school_admin take yes or no.</source>
            <translation>is_teacher 與 is_school_admin 只能填 yes 或 no。</translation>
        </message>
        <message>
            <source>unknown employment status "%1": use employed, on_leave or left.</source>
            <translation>未知的在職狀態「%1」：請使用 employed、on_leave 或 left。</translation>
        </message>
        <message>
            <source>the same person appears twice for school %1.</source>
            <translation>同一人在學校 %1 出現兩次。</translation>
        </message>
        <message>
            <source>the file has a header but no staff rows.</source>
            <translation>檔案有標題列，但沒有教職員資料列。</translation>
        </message>
        <message>
            <source>--owner applies to PostgreSQL databases only.</source>
            <translation>--owner 只適用於 PostgreSQL 資料庫。</translation>
        </message>
        <message>
            <source>"%1" cannot be a role name: use lower-case letters, digits and _ only.</source>
            <translation>「%1」不能作為角色名稱：只能使用小寫英文字母、數字與 _。</translation>
        </message>
        <message>
            <source>The owner role %1 does not exist and could not be created: connect as a superuser.</source>
            <translation>擁有者角色 %1 不存在，也無法建立：請以超級使用者連線。</translation>
        </message>
        <message>
            <source>The database could not be given to the owner role %1: connect as a superuser.</source>
            <translation>無法將資料庫交給擁有者角色 %1：請以超級使用者連線。</translation>
        </message>
        <message>
            <source>the entries of chain %1 were not written through the database's chain trigger</source>
            <translation>第 %1 條鏈的紀錄並非經由資料庫的雜湊鏈觸發程序寫入</translation>
        </message>
        <message>
            <source>The database belongs to the role %1, not %2: a migration does not hand it to another role. Give --owner %1, or leave --owner out. Nothing was changed.</source>
            <translation>這個資料庫屬於角色 %1，不是 %2：遷移不會把資料庫交給其他角色。請指定 --owner %1，或不加 --owner。未做任何變更。</translation>
        </message>
        <message>
            <source>The database belongs to the role %1, and a migration must run as it: connect as %1, a member of it, or a superuser. Nothing was changed.</source>
            <translation>這個資料庫屬於角色 %1，遷移必須以它的身分執行：請以 %1、其成員或超級使用者連線。未做任何變更。</translation>
        </message>
    </context>
    <context>
        <name>cooc::central::DecisionProbe</name>
        <message>
            <source>The decision to look for is incomplete.</source>
            <translation>要查找的決定資料不完整。</translation>
        </message>
        <message>
            <source>The connection was lost while saving, but your decision was saved.</source>
            <translation>儲存時連線中斷，但您的決定已儲存。</translation>
        </message>
        <message>
            <source>The connection was lost while saving: your decision was NOT saved. Nothing you entered was lost; submit it again.</source>
            <translation>儲存時連線中斷：您的決定「未」儲存。您輸入的內容都沒有遺失；請再送出一次。</translation>
        </message>
    </context>
    <context>
        <name>cooc::esign</name>
        <message>
            <source>The DEMO certificate authority is missing from this build.</source>
            <translation>此版本缺少 DEMO 憑證機構。</translation>
        </message>
        <message>
            <source>The signed consent form is not in the expected format.</source>
            <translation>已簽署的同意書格式不符。</translation>
        </message>
        <message>
            <source>The signing key (%1, %2 bits) is below the policy (RSA 2048 bits, EC P-256).</source>
            <translation>簽章金鑰（%1，%2 位元）低於政策要求（RSA 2048 位元、EC P-256）。</translation>
        </message>
        <message>
            <source>The digest algorithm %1 is not allowed (SHA-256, SHA-384 or SHA-512 are).</source>
            <translation>不允許使用摘要演算法 %1（允許 SHA-256、SHA-384 或 SHA-512）。</translation>
        </message>
        <message>
            <source>No timestamp: basic level only; the signature time is the verification time.</source>
            <translation>無時戳：僅達基本等級；簽署時間以驗證時間為準。</translation>
        </message>
        <message>
            <source>The timestamp is malformed and was ignored.</source>
            <translation>時戳格式錯誤，已忽略。</translation>
        </message>
        <message>
            <source>The signature has a timestamp, but no timestamp authority is trusted: it was ignored.</source>
            <translation>簽章附有時戳，但未設定任何受信任的時戳機構：已忽略。</translation>
        </message>
        <message>
            <source>The timestamp does not verify against the trusted timestamp authorities and was ignored.</source>
            <translation>時戳無法以受信任的時戳機構驗證，已忽略。</translation>
        </message>
        <message>
            <source>The timestamp's time is invalid or in the future; ignored.</source>
            <translation>時戳的時間無效或在未來；已忽略。</translation>
        </message>
        <message>
            <source>A trusted timestamp by %1 proves the signature existed at %2.</source>
            <translation>由 %1 提供的可信任時戳證明此簽章於 %2 已存在。</translation>
        </message>
        <message>
            <source>The signature is not a valid PEM-encoded CMS structure.</source>
            <translation>簽章不是有效的 PEM 編碼 CMS 結構。</translation>
        </message>
        <message>
            <source>The signature is not a well-formed CMS SignedData structure.</source>
            <translation>簽章不是格式正確的 CMS SignedData 結構。</translation>
        </message>
        <message>
            <source>The signature must have exactly one signer (it has %1).</source>
            <translation>簽章必須恰有一位簽署人（目前有 %1 位）。</translation>
        </message>
        <message>
            <source>The signed content is not plain data.</source>
            <translation>簽署的內容不是純資料。</translation>
        </message>
        <message>
            <source>Signing time %1 taken from the client's clock: information only.</source>
            <translation>簽署時間 %1 取自用戶端的時鐘：僅供參考。</translation>
        </message>
        <message>
            <source>The signature is detached and the signed document is missing.</source>
            <translation>簽章為分離式，但缺少被簽署的文件。</translation>
        </message>
        <message>
            <source>The document inside the signature differs from this request's consent form.</source>
            <translation>簽章內的文件與此申請的同意書不同。</translation>
        </message>
        <message>
            <source>The signer's certificate is not in the signature.</source>
            <translation>簽章中沒有簽署人的憑證。</translation>
        </message>
        <message>
            <source>The signature uses an unknown digest algorithm.</source>
            <translation>簽章使用不明的摘要演算法。</translation>
        </message>
        <message>
            <source>The signed attributes are incomplete (message digest or content type missing).</source>
            <translation>簽署屬性不完整（缺少訊息摘要或內容類型）。</translation>
        </message>
        <message>
            <source>The document's digest does not match the signed digest: the document was changed.</source>
            <translation>文件摘要與簽署的摘要不符：文件已遭變更。</translation>
        </message>
        <message>
            <source>The signature value does not verify with the signer's public key.</source>
            <translation>簽章值無法以簽署人的公開金鑰驗證。</translation>
        </message>
        <message>
            <source>The signature algorithm %1 is not allowed.</source>
            <translation>不允許使用簽章演算法 %1。</translation>
        </message>
        <message>
            <source>The signer's certificate given with the signature cannot be read.</source>
            <translation>無法讀取簽章所附的簽署人憑證。</translation>
        </message>
        <message>
            <source>A PKCS#1 signature needs an RSA certificate.</source>
            <translation>PKCS#1 簽章需要 RSA 憑證。</translation>
        </message>
        <message>
            <source>The PKCS#1 signature has %1 bytes; the key needs %2.</source>
            <translation>PKCS#1 簽章長度為 %1 位元組；此金鑰需要 %2 位元組。</translation>
        </message>
        <message>
            <source>The signed document is missing.</source>
            <translation>缺少被簽署的文件。</translation>
        </message>
        <message>
            <source>Ignored: its signature does not verify with the configured certificate of its issuer's name.</source>
            <translation>已忽略：其簽章無法以已設定的同名簽發者憑證驗證。</translation>
        </message>
        <message>
            <source>The stored trust entry "%1" is damaged or was changed outside CooC Desk: it does not match its SHA-256 fingerprint. Signatures cannot be verified until an administrator removes it and adds the file again.</source>
            <translation>已儲存的信任項目「%1」已損毀，或在 CooC Desk 之外遭到變更：與其 SHA-256 指紋不符。在系統管理員將其移除並重新新增檔案之前，無法驗證簽章。</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>未驗證</translation>
        </message>
        <message>
            <source>No signature</source>
            <translation>無簽章</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>無效</translation>
        </message>
        <message>
            <source>Cannot be confirmed</source>
            <translation>無法確認</translation>
        </message>
        <message>
            <source>The signature is damaged or not in a supported format.</source>
            <translation>簽章已損毀，或格式不受支援。</translation>
        </message>
        <message>
            <source>The signed document was changed after it was signed.</source>
            <translation>文件在簽署後遭到變更。</translation>
        </message>
        <message>
            <source>The signature value does not match the signer's certificate.</source>
            <translation>簽章值與簽署人的憑證不符。</translation>
        </message>
        <message>
            <source>The signer's certificate was revoked before the document was signed.</source>
            <translation>簽署人的憑證在文件簽署前已被廢止。</translation>
        </message>
        <message>
            <source>The signer's certificate had expired when the document was signed.</source>
            <translation>文件簽署時，簽署人的憑證已過期。</translation>
        </message>
        <message>
            <source>The signer's certificate was not yet valid when the document was signed.</source>
            <translation>文件簽署時，簽署人的憑證尚未生效。</translation>
        </message>
        <message>
            <source>The signed content is not this request's consent form.</source>
            <translation>簽署的內容不是此申請的同意書。</translation>
        </message>
        <message>
            <source>The certificate belongs to someone other than the applicant.</source>
            <translation>此憑證屬於申請人以外的人。</translation>
        </message>
        <message>
            <source>The signer's certificate does not lead to a trusted certificate authority.</source>
            <translation>簽署人的憑證無法連結至受信任的憑證機構。</translation>
        </message>
        <message>
            <source>The certificate may not be used for signing (usage, policy or CA constraints).</source>
            <translation>此憑證不得用於簽章（用途、政策或 CA 限制）。</translation>
        </message>
        <message>
            <source>The signature uses an algorithm or key that is too weak.</source>
            <translation>簽章使用的演算法或金鑰強度不足。</translation>
        </message>
        <message>
            <source>Revocation could not be checked now (no current CRL, or the certificate is suspended).</source>
            <translation>目前無法檢查廢止狀態（沒有最新的廢止清冊，或憑證已暫時停用）。</translation>
        </message>
        <message>
            <source>The certificate is revoked and there is no proof the document was signed before that.</source>
            <translation>憑證已被廢止，且無法證明文件是在廢止前簽署的。</translation>
        </message>
        <message>
            <source>The certificate is outside its validity period and there is no proof of when the document was signed.</source>
            <translation>憑證不在有效期間內，且無法證明文件的簽署時間。</translation>
        </message>
        <message>
            <source>The request's document is not a consent form: %1</source>
            <translation>此申請的文件不是個資授權同意書：%1</translation>
        </message>
        <message>
            <source>The signed consent form does not belong to this request: the form's %1 differ from the request's.</source>
            <translation>已簽署的同意書不屬於此申請：同意書上的%1與申請不符。</translation>
        </message>
        <message>
            <source>The timestamp could not be checked and was ignored.</source>
            <translation>無法檢查時戳，已略過。</translation>
        </message>
        <message>
            <source>The signing key's curve (%1) is not one the policy allows (NIST P-256, P-384, P-521 or Brainpool); explicit curve parameters are never allowed.</source>
            <translation>簽章金鑰的曲線（%1）不在政策允許之列（NIST P-256、P-384、P-521 或 Brainpool）；明確指定曲線參數的金鑰一律不允許。</translation>
        </message>
        <message>
            <source>explicit parameters</source>
            <translation>明確指定的參數</translation>
        </message>
        <message>
            <source>The signature algorithm %1 does not fit the signer's key, or is not accepted without signed attributes.</source>
            <translation>簽章演算法 %1 與簽署者的金鑰不符，或在沒有簽署屬性時不被接受。</translation>
        </message>
    </context>
    <context>
        <name>cooc::esign::CertificateAuthority</name>
        <message>
            <source>Could not create the root certificate.</source>
            <translation>無法建立根憑證。</translation>
        </message>
        <message>
            <source>Could not create the intermediate certificate.</source>
            <translation>無法建立中繼憑證。</translation>
        </message>
        <message>
            <source>Could not issue the certificate.</source>
            <translation>無法簽發憑證。</translation>
        </message>
        <message>
            <source>Could not issue the revocation list.</source>
            <translation>無法簽發憑證廢止清冊。</translation>
        </message>
        <message>
            <source>Could not create the timestamp.</source>
            <translation>無法建立時戳。</translation>
        </message>
        <message>
            <source>Could not sign.</source>
            <translation>無法簽章。</translation>
        </message>
    </context>
    <context>
        <name>cooc::esign::Pki</name>
        <message>
            <source>The %1 could not be read.</source>
            <translation>無法讀取%1。</translation>
        </message>
        <message>
            <source>private key</source>
            <translation>私密金鑰</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>憑證</translation>
        </message>
        <message>
            <source>The file holds no certificate.</source>
            <translation>檔案中沒有憑證。</translation>
        </message>
        <message>
            <source>certificate revocation list</source>
            <translation>憑證廢止清冊</translation>
        </message>
        <message>
            <source>The file holds more than one certificate revocation list; give each list in a file of its own.</source>
            <translation>此檔案含有不只一份憑證廢止清冊；請將每份清冊分別存成一個檔案。</translation>
        </message>
        <message>
            <source>PEM block %1 of the file is damaged; nothing from the file was used.</source>
            <translation>檔案中的第 %1 個 PEM 區塊已損壞；此檔案的內容皆未採用。</translation>
        </message>
        <message>
            <source>Certificate block %1 of the file cannot be read; nothing from the file was used.</source>
            <translation>無法讀取檔案中的第 %1 個憑證區塊；此檔案的內容皆未採用。</translation>
        </message>
    </context>
    <context>
        <name>cooc::esign::TrustStore</name>
        <message>
            <source>CRL of %1 (this update %2, next update %3)</source>
            <translation>%1 的廢止清冊（本次更新 %2，下次更新 %3）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
    </context>
    <context>
        <name>cooc::esign::VerificationReport</name>
        <message>
            <source>The applicant chose the paper consent form.</source>
            <translation>申請人選擇使用紙本同意書。</translation>
        </message>
    </context>
    <context>
        <name>cooc::esign::detail</name>
        <message>
            <source>the signer's certificate</source>
            <translation>簽署人的憑證</translation>
        </message>
        <message>
            <source>a CA certificate (level %1)</source>
            <translation>CA 憑證（第 %1 層）</translation>
        </message>
        <message>
            <source>Certificate path: %1 (%2).</source>
            <translation>憑證路徑：%1（%2）。</translation>
        </message>
        <message>
            <source>Revocation of the CA certificate "%1" was not checked: no current CRL of its issuer is configured.</source>
            <translation>未檢查 CA 憑證「%1」的廢止狀態：未設定其簽發者的最新廢止清冊。</translation>
        </message>
        <message>
            <source>The signer's certificate is not revoked according to the %1.</source>
            <translation>根據%1，簽署人的憑證未被廢止。</translation>
        </message>
        <message>
            <source>No current revocation list of the signer's CA is configured; revocation cannot be checked.</source>
            <translation>未設定簽署人所屬 CA 的最新廢止清冊；無法檢查廢止狀態。</translation>
        </message>
        <message>
            <source>The revocation list is out of date (next update was %1); load a current CRL and retry.</source>
            <translation>廢止清冊已過期（下次更新時間為 %1）；請載入最新的廢止清冊後再試。</translation>
        </message>
        <message>
            <source>The certificate "%1" is suspended (certificateHold) since %2; retry after the holder resumes or revokes it.</source>
            <translation>憑證「%1」自 %2 起暫時停用（certificateHold）；請待持有人恢復使用或廢止後再試。</translation>
        </message>
        <message>
            <source>The certificate "%1" was revoked on %2, before the signature time %3.</source>
            <translation>憑證「%1」已於 %2 廢止，早於簽署時間 %3。</translation>
        </message>
        <message>
            <source>The certificate "%1" was revoked on %2, after the timestamp proved the signature existed (%3).</source>
            <translation>憑證「%1」於 %2 廢止，晚於時戳證明簽章已存在的時間（%3）。</translation>
        </message>
        <message>
            <source>The certificate "%1" was revoked on %2 and nothing proves the signature is older.</source>
            <translation>憑證「%1」已於 %2 廢止，且無法證明簽章早於該時間。</translation>
        </message>
        <message>
            <source>The certificate path could not be checked.</source>
            <translation>無法檢查憑證路徑。</translation>
        </message>
        <message>
            <source>The certificate path does not end at a configured trust anchor.</source>
            <translation>憑證路徑的終點不是已設定的信任錨點。</translation>
        </message>
        <message>
            <source>The certificate "%1" is valid only from %2, after the signature time %3.</source>
            <translation>憑證「%1」自 %2 起才生效，晚於簽署時間 %3。</translation>
        </message>
        <message>
            <source>The certificate "%1" expired on %2; the signer's clock says %3, but nothing proves the signature was made before expiry.</source>
            <translation>憑證「%1」已於 %2 過期；簽署人的時鐘顯示為 %3，但無法證明簽章是在過期前完成的。</translation>
        </message>
        <message>
            <source>The certificate "%1" expired on %2, before the signature time %3.</source>
            <translation>憑證「%1」已於 %2 過期，早於簽署時間 %3。</translation>
        </message>
        <message>
            <source>The certificate is not a signing certificate (key usage lacks digitalSignature and nonRepudiation); the card's encryption certificate cannot sign.</source>
            <translation>此憑證不是簽章用憑證（金鑰用途缺少 digitalSignature 與 nonRepudiation）；卡片的加密憑證無法用於簽章。</translation>
        </message>
        <message>
            <source>The signing certificate is a CA certificate.</source>
            <translation>簽章憑證是 CA 憑證。</translation>
        </message>
        <message>
            <source>The certificate does not carry the policy its CA requires (%1).</source>
            <translation>此憑證未包含其 CA 要求的憑證政策（%1）。</translation>
        </message>
        <message>
            <source>No applicant was given: the signer's name and ID digits were not compared.</source>
            <translation>未提供申請人：未比對簽署人的姓名與身分證號碼。</translation>
        </message>
        <message>
            <source>The certificate holder's name is not the applicant's name.</source>
            <translation>憑證持有人的姓名與申請人姓名不同。</translation>
        </message>
        <message>
            <source>The certificate does not state the holder's ID digits (Subject Directory Attributes).</source>
            <translation>憑證未載明持有人的身分證號碼（Subject Directory Attributes）。</translation>
        </message>
        <message>
            <source>The last 4 characters of the holder's ID differ from the applicant's.</source>
            <translation>持有人身分證統一編號末 4 碼與申請人不同。</translation>
        </message>
        <message>
            <source>The certificate holder is the applicant (name and last 4 ID characters match).</source>
            <translation>憑證持有人即為申請人（姓名與身分證統一編號末 4 碼皆相符）。</translation>
        </message>
        <message>
            <source>The applicant's ID digits are missing, so the signer cannot be confirmed as the applicant.</source>
            <translation>缺少申請人的身分證統一編號末 4 碼，無法確認簽署者即為申請人。</translation>
        </message>
        <message>
            <source>The applicant's name is missing, so the signer cannot be confirmed as the applicant.</source>
            <translation>缺少申請人的姓名，無法確認簽署者即為申請人。</translation>
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
            <translation>稽核紀錄</translation>
        </message>
        <message>
            <source>Binding requests</source>
            <translation>綁定申請</translation>
        </message>
        <message>
            <source>Leave requests</source>
            <translation>請假申請</translation>
        </message>
        <message>
            <source>Leave requests that parents send from the CooC app will appear here, with the dates and class periods they cover and the student's attendance beside them.</source>
            <translation>家長從酷課APP送出的請假申請會顯示於此，並附上涵蓋的日期與節次，以及該生的出缺席紀錄。</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出缺席</translation>
        </message>
        <message>
            <source>Absences by date and class period will appear here, to record and correct; parents see them one day later.</source>
            <translation>依日期與節次列出的缺曠紀錄會顯示於此，供登錄與更正；家長於隔天即可看到。</translation>
        </message>
        <message>
            <source>Notices &amp; surveys</source>
            <translation>通知與調查</translation>
        </message>
        <message>
            <source>Notices with reply slips and surveys will appear here, with who has read and who has replied.</source>
            <translation>附回條的通知與調查表會顯示於此，並列出已讀與已回覆的人。</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>訊息中心</translation>
        </message>
        <message>
            <source>Messages between the school and parents will appear here, each labelled with the child it is about.</source>
            <translation>學校與家長之間的訊息會顯示於此，每則訊息都標明所涉及的子女。</translation>
        </message>
        <message>
            <source>Parent view</source>
            <translation>家長視角</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
    </context>
    <context>
        <name>cooc::ui::BindingDetailsText</name>
        <message>
            <source>submitted</source>
            <translation>送出</translation>
        </message>
        <message>
            <source>e-signature verified</source>
            <translation>電子簽章已驗證</translation>
        </message>
        <message>
            <source>household checked</source>
            <translation>戶政已查驗</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>核准</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>駁回</translation>
        </message>
        <message>
            <source>information requested</source>
            <translation>退回補件</translation>
        </message>
        <message>
            <source>withdrawn by the parent</source>
            <translation>家長撤回</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Class %1, seat %2</source>
            <translation>%1 班 %2 號</translation>
        </message>
        <message>
            <source>Class %1</source>
            <translation>%1 班</translation>
        </message>
        <message>
            <source>No. %1</source>
            <comment>student number</comment>
            <translation>學號 %1</translation>
        </message>
        <message>
            <source>Applicant %1 (%2) %3</source>
            <translation>申請人 %1（%2）%3</translation>
        </message>
        <message>
            <source>Delegated caregiver — the delegation letter is missing</source>
            <translation>受委託照顧者 — 缺少委託書</translation>
        </message>
        <message numerus="yes">
            <source>Delegated caregiver — delegation letter signed by the parent attached (%n byte(s))</source>
            <translation>
                <numerusform>受委託照顧者 — 已附家長簽署的委託書（%n 位元組）</numerusform>
            </translation>
        </message>
        <message>
            <source>Legal guardian, not a parent</source>
            <translation>法定監護人，非父母</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>child (class)</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>[suspended]</source>
            <translation>［已暫停］</translation>
        </message>
        <message>
            <source>No children bound yet</source>
            <translation>尚未綁定子女</translation>
        </message>
        <message>
            <source>Children already bound: </source>
            <translation>已綁定子女：</translation>
        </message>
        <message>
            <source>The school has no guardian record for this student: compare with the paper records.</source>
            <translation>學校沒有這位學生的家長／監護人資料：請與紙本資料比對。</translation>
        </message>
        <message>
            <source>Applicant typed</source>
            <translation>申請人填寫</translation>
        </message>
        <message>
            <source>School record</source>
            <translation>學校資料</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>關係</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>身分證字號</translation>
        </message>
        <message>
            <source>same person</source>
            <translation>同一人</translation>
        </message>
        <message>
            <source>another ID, or none on file</source>
            <translation>不同的身分證字號，或學校無資料</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>A name holds a private-use character (造字): it may look the same and still differ. Check it against the household register.</source>
            <translation>姓名含有造字（私用區字元）：看起來相同也可能不同，請與戶籍資料核對。</translation>
        </message>
        <message>
            <source>A name holds a rare character (beyond the basic plane); it was compared character by character.</source>
            <translation>姓名含有罕用字（超出基本平面），已逐字比對。</translation>
        </message>
        <message numerus="yes">
            <source>%n guardian record(s) on file.</source>
            <translation>
                <numerusform>學校有 %n 筆家長／監護人資料。</numerusform>
            </translation>
        </message>
        <message>
            <source>signed by %1</source>
            <translation>簽署人 %1</translation>
        </message>
        <message>
            <source>checked %1</source>
            <translation>查驗於 %1</translation>
        </message>
        <message>
            <source>Could not be confirmed: verify it again later, or review it by hand. This is not a reason to reject.</source>
            <translation>無法確認：請稍後重新驗證，或以人工審核。這不是駁回的理由。</translation>
        </message>
        <message>
            <source>same household, both registered in Taipei</source>
            <translation>同戶籍，皆設籍臺北市</translation>
        </message>
        <message>
            <source>Cannot be approved: %1.</source>
            <translation>無法核准：%1。</translation>
        </message>
        <message>
            <source>Cannot be approved without the delegation letter: ask for it (I).</source>
            <translation>沒有委託書無法核准：請退回補件（I）。</translation>
        </message>
        <message>
            <source>The e-signature is not valid: approving needs the paper consent form checked and a reason.</source>
            <translation>電子簽章無效：核准須先核對紙本同意書並填寫原因。</translation>
        </message>
        <message>
            <source>Approved on the paper consent form</source>
            <translation>依紙本同意書核准</translation>
        </message>
        <message>
            <source>audit #%1</source>
            <translation>稽核 #%1</translation>
        </message>
        <message>
            <source>The request carries no consent document.</source>
            <translation>這件申請沒有附同意書。</translation>
        </message>
        <message>
            <source>(Not in the canonical form: shown as stored.)</source>
            <translation>（非標準格式：依原樣顯示。）</translation>
        </message>
        <message numerus="yes">
            <source>The consent document is not text (%n byte(s)).</source>
            <translation>
                <numerusform>同意書不是文字內容（%n 位元組）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The e-signature could not be confirmed: verify it again later, or approve on the paper consent form with a reason.</source>
            <translation>無法確認電子簽章：請稍後重新驗證，或核對紙本同意書並填寫原因後核准。</translation>
        </message>
        <message>
            <source>The e-signature has not been verified yet: verify it, or approve on the paper consent form with a reason.</source>
            <translation>電子簽章尚未驗證：請先驗證，或核對紙本同意書並填寫原因後核准。</translation>
        </message>
        <message>
            <source>There is no e-signature: approving needs the paper consent form checked and a reason.</source>
            <translation>沒有電子簽章：核准須先核對紙本同意書並填寫原因。</translation>
        </message>
        <message>
            <source>Caregiver (grandparent), not a parent — the delegation letter is missing</source>
            <translation>照顧者（祖父母），非家長 — 缺少委託書</translation>
        </message>
        <message numerus="yes">
            <source>Caregiver (grandparent), not a parent — delegation letter signed by the parent attached (%n byte(s))</source>
            <translation>
                <numerusform>照顧者（祖父母），非家長 — 已附家長簽署的委託書（%n 位元組）</numerusform>
            </translation>
        </message>
        <message>
            <source>parent view opened</source>
            <translation>開啟家長視角</translation>
        </message>
        <message>
            <source>A character of the names looks the same on both sides but is stored with a different character code (for example a compatibility form). Check which form the household register uses.</source>
            <translation>姓名中有字兩邊看起來相同，但儲存的字碼不同（例如相容字形）。請確認戶政資料使用的是哪一種字形。</translation>
        </message>
        <message>
            <source>household result cleared: the student's ID record changed; check again</source>
            <translation>戶政查驗結果已清除：學生的身分證號資料已變更，請重新查驗</translation>
        </message>
        <message>
            <source>household result cleared: the request now names another student; check again</source>
            <translation>戶政查驗結果已清除：此申請已改為另一位學生，請重新查驗</translation>
        </message>
        <message>
            <source>household result cleared: the applicant's ID changed; check again</source>
            <translation>戶政查驗結果已清除：申請人的身分證號已變更，請重新查驗</translation>
        </message>
    </context>
    <context>
        <name>cooc::ui::ConnectionState</name>
        <message>
            <source>Connected</source>
            <translation>已連線</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>已中斷連線</translation>
        </message>
    </context>
    <context>
        <name>cooc::ui::ParentViewSections</name>
        <message>
            <source>Semester %1</source>
            <translation>第%1學期</translation>
        </message>
        <message>
            <source>Semester</source>
            <translation>學期</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>科目</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>考試</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>分數</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>登錄時間</translation>
        </message>
        <message>
            <source>No grades this school year that the parent can see yet.</source>
            <translation>本學年度尚無家長可看到的成績。</translation>
        </message>
        <message>
            <source>leave request #%1</source>
            <translation>請假申請 #%1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>節次</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>請假</translation>
        </message>
        <message>
            <source>No absences this school year that the parent can see yet.</source>
            <translation>本學年度尚無家長可看到的缺曠紀錄。</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>次數</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>No merits or demerits this school year that the parent can see yet.</source>
            <translation>本學年度尚無家長可看到的獎懲紀錄。</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Arrival or departure</source>
            <translation>到校／離校</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>校門</translation>
        </message>
        <message>
            <source>No card swipes at the school gate up to this day.</source>
            <translation>截至這一天，沒有校門刷卡紀錄。</translation>
        </message>
        <message>
            <source>no reply needed</source>
            <translation>無須回覆</translation>
        </message>
        <message>
            <source>not replied (due %1)</source>
            <translation>未回覆（期限 %1）</translation>
        </message>
        <message>
            <source>not replied</source>
            <translation>未回覆</translation>
        </message>
        <message>
            <source>replied "%1" %2 on %3</source>
            <translation>已於 %3 %2回覆「%1」</translation>
        </message>
        <message>
            <source>read %1</source>
            <translation>已讀 %1</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>未讀</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>發布時間</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>已讀</translation>
        </message>
        <message>
            <source>Reply slip</source>
            <translation>回條</translation>
        </message>
        <message>
            <source>No notices addressed to this parent for this child this school year.</source>
            <translation>本學年度沒有針對此子女發送給此家長的通知。</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>the school</source>
            <translation>學校</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Leave type</source>
            <translation>假別</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Sent by</source>
            <translation>送出者</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>送出時間</translation>
        </message>
        <message>
            <source>No leave requests this school year.</source>
            <translation>本學年度沒有請假申請。</translation>
        </message>
        <message>
            <source>signed %1</source>
            <translation>已於 %1 簽名</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>未簽名</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>聯絡事項</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>教師</translation>
        </message>
        <message>
            <source>Parent's signature</source>
            <translation>家長簽名</translation>
        </message>
        <message>
            <source>No class contact-book entries in the last 30 days.</source>
            <translation>最近 30 天沒有班級聯絡簿紀錄。</translation>
        </message>
        <message>
            <source>no payment yet</source>
            <translation>尚未繳費</translation>
        </message>
        <message>
            <source>free</source>
            <translation>免費</translation>
        </message>
        <message>
            <source>%1 %2 on %3</source>
            <translation>%1 %2（%3）</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>活動</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>開始時間</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>報名</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>費用</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>繳費</translation>
        </message>
        <message>
            <source>No activity registrations.</source>
            <translation>沒有活動報名紀錄。</translation>
        </message>
        <message>
            <source>What</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>What would fix it</source>
            <translation>解決方式</translation>
        </message>
        <message>
            <source>The parent's account</source>
            <translation>家長帳號</translation>
        </message>
        <message>
            <source>Child: %1</source>
            <translation>子女：%1</translation>
        </message>
        <message>
            <source>Nothing is hidden: the parent sees everything listed above.</source>
            <translation>沒有任何隱藏內容：家長可看到上方列出的所有內容。</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>The staff desk of Taipei's parent-teacher-student platform.</source>
            <translation>臺北市親師生平臺的教職員工作桌面。</translation>
        </message>
        <message>
            <source>Open this database: sqlite:///path/file.sqlite or postgresql://user@host:port/dbname?sslmode=verify-full.</source>
            <translation>開啟此資料庫：sqlite:///path/file.sqlite 或 postgresql://user@host:port/dbname?sslmode=verify-full。</translation>
        </message>
    </context>
</TS>
