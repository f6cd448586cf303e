<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Reviewer agreement</source>
        <extracomment>(session id, start ms) of a disagreement the user wants to see.</extracomment>
        <translation>審閱者一致性</translation>
    </message>
    <message>
        <source>Match &amp;tolerance</source>
        <translation>比對容許誤差(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>配對(&amp;P)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen 的 κ</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff 的 α</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>審閱者</translation>
    </message>
    <message>
        <source>Double-click to open the session at this moment</source>
        <translation>按兩下以在此時間點開啟工作階段</translation>
    </message>
    <message>
        <source>Reviewers: {0}. Units: {1}. Krippendorff&apos;s α (all reviewers): {2}.</source>
        <translation>審閱者：{0}。單位：{1}。Krippendorff 的 α（所有審閱者）：{2}。</translation>
    </message>
    <message>
        <source>Presence over {0} ms bins: α {1}.</source>
        <translation>以 {0} ms 區間計的問題有無：α {1}。</translation>
    </message>
    <message>
        <source>A tag the other reviewer did not match counts as a disagreement with “none”.</source>
        <translation>另一位審閱者未對應的標記，計為與「none」不一致。</translation>
    </message>
    <message>
        <source>{0} vs {1}</source>
        <translation>{0} 對 {1}</translation>
    </message>
    <message>
        <source>Agreement needs two reviewers.</source>
        <translation>計算一致性需要兩位審閱者。</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Presence (time bins)</source>
        <translation>問題有無（時間區間）</translation>
    </message>
    <message>
        <source>Confusion matrix: {0} in rows, {1} in columns ({2} units)</source>
        <translation>混淆矩陣：列為 {0}，欄為 {1}（{2} 個單位）</translation>
    </message>
    <message>
        <source>Disagreements: {0}</source>
        <translation>不一致：{0}</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Detector calibration</source>
        <translation>偵測器校準</translation>
    </message>
    <message>
        <source>Consensus tags</source>
        <translation>共識標記</translation>
    </message>
    <message>
        <source>Tags of {0}</source>
        <translation>{0} 的標記</translation>
    </message>
    <message>
        <source>&amp;Truth</source>
        <translation>基準(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Detector</source>
        <translation>偵測器(&amp;D)</translation>
    </message>
    <message>
        <source>precision / recall / F1</source>
        <translation>精確率 / 召回率 / F1</translation>
    </message>
    <message>
        <source>&amp;Apply suggestions to my config…</source>
        <translation>將建議值套用至我的設定…(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Sweeping the detectors&apos; thresholds…</source>
        <translation>正在掃描偵測器的門檻…</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精確率</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>now</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>best F1</source>
        <translation>最佳 F1</translation>
    </message>
    <message>
        <source>no suggestion (no value matched a truth tag)</source>
        <translation>無建議（沒有任何值對應到基準標記）</translation>
    </message>
    <message>
        <source>suggested {0} (F1 {1})</source>
        <translation>建議 {0}（F1 {1}）</translation>
    </message>
    <message>
        <source>Truth: {0} tag(s) in {1} session(s), tolerance {2} ms, config {3}. {4}: now {5}, {6}. Rule: the value with the best F1.</source>
        <translation>基準：{1} 個工作階段中的 {0} 個標記，容許誤差 {2} ms，設定 {3}。{4}：目前 {5}，{6}。規則：F1 最高的值。</translation>
    </message>
    <message>
        <source>Applied to {0} (config {1}). Run the detectors again to use it.</source>
        <translation>已套用至 {0}（設定 {1}）。請重新執行偵測器以使用。</translation>
    </message>
    <message>
        <source>Write these thresholds to your config?
{0}</source>
        <translation>要將這些門檻寫入您的設定嗎？
{0}</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>Broken link or button</source>
        <extracomment>The default codebook&apos;s labels and descriptions (migration m002), translated while a library keeps them unchanged; a category the team renamed is their data, shown as is.</extracomment>
        <translation>連結或按鈕失效</translation>
    </message>
    <message>
        <source>A link, button or control does nothing, the wrong thing, or leads to an error.</source>
        <translation>連結、按鈕或控制項沒有反應、做錯事，或導致錯誤。</translation>
    </message>
    <message>
        <source>Confusing layout</source>
        <translation>版面令人困惑</translation>
    </message>
    <message>
        <source>The user cannot find or understand what is on the screen: hierarchy, labels, placement.</source>
        <translation>使用者找不到或看不懂畫面上的內容：層級、標籤、位置。</translation>
    </message>
    <message>
        <source>Slow response</source>
        <translation>回應緩慢</translation>
    </message>
    <message>
        <source>The page or a control reacts too slowly; the user waits, repeats or gives up.</source>
        <translation>頁面或控制項反應太慢；使用者等待、重試或放棄。</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>表單問題</translation>
    </message>
    <message>
        <source>Filling in a form is hard: validation, unclear fields, lost input, re-entry.</source>
        <translation>填寫表單很困難：驗證、欄位不清楚、輸入遺失、重新輸入。</translation>
    </message>
    <message>
        <source>Content missing</source>
        <translation>內容缺漏</translation>
    </message>
    <message>
        <source>Information the user looks for is absent, empty, or not loaded.</source>
        <translation>使用者要找的資訊不存在、是空的或沒有載入。</translation>
    </message>
    <message>
        <source>Navigation problem</source>
        <translation>導覽問題</translation>
    </message>
    <message>
        <source>The user gets lost, goes back and forth, or cannot reach the page they want.</source>
        <translation>使用者迷路、來回切換，或無法到達想要的頁面。</translation>
    </message>
    <message>
        <source>Unexpected behaviour</source>
        <translation>非預期的行為</translation>
    </message>
    <message>
        <source>The interface does something the user did not expect (jumps, resets, pop-ups).</source>
        <translation>介面做出使用者沒預料到的事（跳動、重設、彈出視窗）。</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>無障礙</translation>
    </message>
    <message>
        <source>Hard to use with a keyboard, screen reader, zoom, small targets or low contrast.</source>
        <translation>難以用鍵盤、螢幕閱讀器、縮放操作，或目標太小、對比太低。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Anything that fits no other category; say what in the note.</source>
        <translation>不屬於其他類別的任何問題；請在備註中說明。</translation>
    </message>
</context>
<context>
    <name>ConsensusDialog</name>
    <message>
        <source>Consensus pass</source>
        <extracomment>(session id, start ms) to show in the replay. Emitted after each recorded decision (tags may have changed).</extracomment>
        <translation>共識審查</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>略過(&amp;S)</translation>
    </message>
    <message>
        <source>Show in &amp;replay</source>
        <translation>在重播中顯示(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Disagreement {0} of {1} ({2} recorded)</source>
        <translation>第 {0} 個不一致，共 {1} 個（已記錄 {2} 個）</translation>
    </message>
    <message>
        <source>No disagreements left to settle.</source>
        <translation>沒有待解決的不一致了。</translation>
    </message>
    <message>
        <source>Session #{0}, {1}–{2}</source>
        <translation>工作階段 #{0}，{1}–{2}</translation>
    </message>
    <message>
        <source>{0} as {1} tagged it</source>
        <translation>{0}（依 {1} 的標記）</translation>
    </message>
    <message>
        <source>Another category over the whole span:</source>
        <translation>整段改用其他類別：</translation>
    </message>
    <message>
        <source>No problem here</source>
        <translation>此處沒有問題</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>desktop</source>
        <extracomment>What the UI calls each device class (replay.model.session.Device values).</extracomment>
        <translation>桌機</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>平板</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>click</source>
        <translation>點擊</translation>
    </message>
    <message>
        <source>tap</source>
        <translation>輕觸</translation>
    </message>
    <message>
        <source>page view</source>
        <translation>頁面瀏覽</translation>
    </message>
    <message>
        <source>input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>console error</source>
        <translation>主控台錯誤</translation>
    </message>
    <message>
        <source>scroll</source>
        <translation>捲動</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>旋轉</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>an unknown element</source>
        <translation>不明元素</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已勾選</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>未勾選</translation>
    </message>
    <message>
        <source>{0}: {1} characters</source>
        <translation>{0}：{1} 個字元</translation>
    </message>
    <message>
        <source>{0}: {1} px ({2} → {3} px)</source>
        <translation>{0}：{1} px（{2} → {3} px）</translation>
    </message>
    <message>
        <source>Search events (target, URL, message)…</source>
        <translation>搜尋事件（目標、URL、訊息）…</translation>
    </message>
    <message>
        <source>Show one kind of event only</source>
        <translation>只顯示一種事件</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>Follow playhead</source>
        <translation>跟隨播放頭</translation>
    </message>
    <message>
        <source>Select the event at the playhead as the replay plays</source>
        <translation>重播時選取播放頭所在的事件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Open a session to list its events.</source>
        <translation>開啟工作階段以列出其事件。</translation>
    </message>
    <message>
        <source>This recording has no clicks, inputs or page events.</source>
        <translation>此錄製沒有點擊、輸入或頁面事件。</translation>
    </message>
    <message>
        <source>No events match the search.</source>
        <translation>沒有符合搜尋的事件。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export findings to CSV</source>
        <translation>將研究發現匯出為 CSV</translation>
    </message>
    <message>
        <source>&amp;This session</source>
        <translation>此工作階段(&amp;T)</translation>
    </message>
    <message>
        <source>The &amp;selected sessions ({0})</source>
        <translation>所選工作階段（{0} 個）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;All sessions</source>
        <translation>所有工作階段(&amp;A)</translation>
    </message>
    <message>
        <source>everyone (e.g. {0})</source>
        <translation>所有人（例如 {0}）</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Include untagged detected &amp;spikes</source>
        <translation>包含尚未標記的偵測尖峰(&amp;S)</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM (for Excel)</source>
        <translation>含 BOM 的 UTF-8（供 Excel 使用）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽…(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>審閱者(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>類別(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>未匯出：{0}</translation>
    </message>
    <message>
        <source>{0} rows written to {1}</source>
        <translation>已將 {0} 列寫入 {1}</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>匯出 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Library</source>
        <extracomment>Keys handled inside widgets rather than by menu actions. QT_TRANSLATE_NOOP marks them for lupdate; _tr translates them when the dialog is built.</extracomment>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Enter / double-click</source>
        <translation>Enter / 按兩下</translation>
    </message>
    <message>
        <source>Open the session</source>
        <translation>開啟工作階段</translation>
    </message>
    <message>
        <source>Up / Down, Page Up / Page Down</source>
        <translation>Up / Down、Page Up / Page Down</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>在清單中移動</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>Enter / click</source>
        <translation>Enter / 按一下</translation>
    </message>
    <message>
        <source>Jump to the tag</source>
        <translation>跳至該標記</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the tag (Ctrl+Z brings it back)</source>
        <translation>刪除標記（Ctrl+Z 可復原）</translation>
    </message>
    <message>
        <source>Tag editor</source>
        <translation>標記編輯器</translation>
    </message>
    <message>
        <source>type letters</source>
        <translation>輸入文字</translation>
    </message>
    <message>
        <source>Find a category (type-ahead)</source>
        <translation>尋找類別（邊打邊找）</translation>
    </message>
    <message>
        <source>0 1 2 3 4 (Alt+0..4 anywhere)</source>
        <translation>0 1 2 3 4（任何位置皆可用 Alt+0..4）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重度</translation>
    </message>
    <message>
        <source>Tab, Enter / Ctrl+Enter, Esc</source>
        <translation>Tab、Enter / Ctrl+Enter、Esc</translation>
    </message>
    <message>
        <source>Next field, save, cancel</source>
        <translation>下一個欄位、儲存、取消</translation>
    </message>
    <message>
        <source>&lt;b&gt;replay&lt;/b&gt; {0}&lt;br&gt;Replay recorded user sessions, see where people got frustrated, tag it and export the findings.&lt;br&gt;Sessions stay on this computer.</source>
        <translation>&lt;b&gt;replay&lt;/b&gt; {0}&lt;br&gt;重播錄製的使用者工作階段，找出使用者感到挫折之處，加上標記並匯出研究發現。&lt;br&gt;工作階段只會保存在這台電腦上。</translation>
    </message>
</context>
<context>
    <name>HitsPane</name>
    <message>
        <source>no console log recorded</source>
        <extracomment>Short, translated reasons a signal cannot be judged (codes of replay.review.hits).</extracomment>
        <translation>未錄製主控台記錄</translation>
    </message>
    <message>
        <source>no page structure (DOM) recorded</source>
        <translation>未錄製頁面結構（DOM）</translation>
    </message>
    <message>
        <source>no clicks or taps recorded</source>
        <translation>未錄製點擊或輕觸</translation>
    </message>
    <message>
        <source>no pointer positions recorded</source>
        <translation>未錄製指標位置</translation>
    </message>
    <message>
        <source>no form input recorded</source>
        <translation>未錄製表單輸入</translation>
    </message>
    <message>
        <source>no page navigation recorded</source>
        <translation>未錄製頁面導覽</translation>
    </message>
    <message>
        <source>no scrolling recorded</source>
        <translation>未錄製捲動</translation>
    </message>
    <message>
        <source>no viewport sizes recorded</source>
        <translation>未錄製檢視區大小</translation>
    </message>
    <message>
        <source>some clicks are too close to the end of the recording to judge</source>
        <translation>部分點擊太接近錄製結尾，無法判斷</translation>
    </message>
    <message>
        <source>not enough data in this recording</source>
        <translation>此錄製的資料不足</translation>
    </message>
    <message>
        <source>Show the hits of one signal only</source>
        <extracomment>The height the pane asks for under the replay (the main window&apos;s dock default).</extracomment>
        <translation>只顯示一種訊號的偵測</translation>
    </message>
    <message>
        <source>Untagged only</source>
        <translation>僅未標記</translation>
    </message>
    <message>
        <source>Hide hits a reviewer&apos;s tag already covers</source>
        <translation>隱藏已有審查者標記涵蓋的偵測</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>訊號</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>已標記</translation>
    </message>
    <message>
        <source>All signals</source>
        <translation>所有訊號</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Cannot be judged on this recording:</source>
        <translation>此錄製無法判斷：</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Open a session to see why its spikes fired.</source>
        <translation>開啟工作階段以查看尖峰出現的原因。</translation>
    </message>
    <message>
        <source>No frustration signal fired in this session.</source>
        <translation>此工作階段沒有偵測到挫折訊號。</translation>
    </message>
    <message>
        <source>No hits match the filter.</source>
        <translation>沒有符合篩選條件的偵測。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>{0} session(s) imported, {1} already in the library, {2} failed.</source>
        <translation>已匯入 {0} 個工作階段，{1} 個已在資料庫中，{2} 個失敗。</translation>
    </message>
    <message>
        <source>The import was cancelled; the sessions imported before it stay.</source>
        <translation>已取消匯入；先前已匯入的工作階段會保留。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <extracomment>Failures listed in the dialog&apos;s text; all of them are in its details.</extracomment>
        <translation>匯入完成</translation>
    </message>
    <message>
        <source>… and {0} more (see details)</source>
        <translation>… 以及另外 {0} 個（請見詳細資料）</translation>
    </message>
    <message>
        <source>These files were not imported:</source>
        <translation>下列檔案未匯入：</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Finding session files…</source>
        <extracomment>What an import run did (the core&apos;s outcome; the name the UI has always used).</extracomment>
        <translation>正在尋找工作階段檔案…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>File {0} of {1}: {2}</source>
        <translation>第 {0} 個檔案，共 {1} 個：{2}</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights across sessions</source>
        <translation>跨工作階段洞察</translation>
    </message>
    <message>
        <source>Page URL glob, e.g. */checkout*</source>
        <translation>頁面 URL 萬用字元,例如 */checkout*</translation>
    </message>
    <message>
        <source>* is any text, ? one character; mouse logs have no URL</source>
        <translation>* 代表任意文字,? 代表一個字元;滑鼠紀錄沒有 URL</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>所有裝置</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌機</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>平板</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Sessions started on or after this day (UTC)</source>
        <translation>在此日(UTC)或之後開始的工作階段</translation>
    </message>
    <message>
        <source>Sessions started on or before this day (UTC)</source>
        <translation>在此日(UTC)或之前開始的工作階段</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>所有審閱者</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>點擊</translation>
    </message>
    <message>
        <source>Rage clicks</source>
        <translation>憤怒點擊</translation>
    </message>
    <message>
        <source>Dead clicks</source>
        <translation>無效點擊</translation>
    </message>
    <message>
        <source>Cursor dwell</source>
        <translation>游標停留</translation>
    </message>
    <message>
        <source>Scroll reach</source>
        <translation>捲動深度</translation>
    </message>
    <message>
        <source>Reviewer tags</source>
        <translation>審閱者標記</translation>
    </message>
    <message>
        <source>Most common width</source>
        <translation>最常見寬度</translation>
    </message>
    <message>
        <source>{0}: {1}-{2} px</source>
        <translation>{0}:{1}-{2} px</translation>
    </message>
    <message>
        <source>{0}: {1} px and wider</source>
        <translation>{0}:{1} px 以上</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>顯示(&amp;S)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>審閱者</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>熱圖</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>寬度</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <source>Frustrated here</source>
        <translation>在此受挫</translation>
    </message>
    <message>
        <source>Time on page (median)</source>
        <translation>頁面停留時間(中位數)</translation>
    </message>
    <message>
        <source>Time on page (p90)</source>
        <translation>頁面停留時間(p90)</translation>
    </message>
    <message>
        <source>Score (median)</source>
        <translation>分數(中位數)</translation>
    </message>
    <message>
        <source>Score (p90)</source>
        <translation>分數(p90)</translation>
    </message>
    <message>
        <source>Top signals</source>
        <translation>主要訊號</translation>
    </message>
    <message>
        <source>Top elements</source>
        <translation>主要元素</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中次數</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>訊號</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>Save heatmap…</source>
        <translation>儲存熱圖…</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>儲存報告…</translation>
    </message>
    <message>
        <source>Preparing {0} sessions for insights…</source>
        <translation>正在準備 {0} 個工作階段以供分析…</translation>
    </message>
    <message>
        <source>{0} pages; the busiest was visited in {1} sessions</source>
        <translation>{0} 個頁面;最多人造訪的頁面有 {1} 個工作階段</translation>
    </message>
    <message>
        <source>(screen, no URL)</source>
        <translation>(螢幕,無 URL)</translation>
    </message>
    <message>
        <source>{0} of {1} sessions have an outcome.</source>
        <translation>{1} 個工作階段中有 {0} 個有成效資料。</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <source>Save heatmap</source>
        <translation>儲存熱圖</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>儲存報告</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>The new language is used the next time replay starts.</source>
        <translation>新語言將在下次啟動 replay 時套用。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>匯入檔案…(&amp;I)</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>匯入資料夾…(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>匯出 CSV…(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;library…</source>
        <translation>開啟資料庫…(&amp;L)</translation>
    </message>
    <message>
        <source>Open lin&amp;k…</source>
        <translation>開啟連結…(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Copy link to this moment</source>
        <translation>複製此刻的連結(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Spike keys land on the first &amp;hit</source>
        <translation>尖峰鍵跳到第一個偵測(&amp;H)</translation>
    </message>
    <message>
        <source>Off: N and P land where the frustration score starts to rise</source>
        <translation>關閉時：N 和 P 跳到挫折分數開始上升處</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>標記(&amp;T)</translation>
    </message>
    <message>
        <source>Mark session &amp;reviewed</source>
        <translation>將工作階段標示為已審閱(&amp;R)</translation>
    </message>
    <message>
        <source>Reviewer &amp;name…</source>
        <translation>審閱者名稱…(&amp;N)</translation>
    </message>
    <message>
        <source>Export &amp;clip of this tag…</source>
        <translation>匯出此標記的片段…(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Go to &amp;library list</source>
        <translation>前往資料庫清單(&amp;L)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜尋資料庫</translation>
    </message>
    <message>
        <source>Go to &amp;replay</source>
        <translation>前往重播(&amp;R)</translation>
    </message>
    <message>
        <source>Go to &amp;tags</source>
        <translation>前往標記(&amp;T)</translation>
    </message>
    <message>
        <source>Go to &amp;hits</source>
        <translation>前往偵測(&amp;H)</translation>
    </message>
    <message>
        <source>Go to &amp;events</source>
        <translation>前往事件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Insights across sessions…</source>
        <translation>跨工作階段洞察…(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Previous session</source>
        <translation>上一個工作階段(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next session</source>
        <translation>下一個工作階段(&amp;N)</translation>
    </message>
    <message>
        <source>Show the recorded &amp;page</source>
        <translation>顯示錄製的網頁(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About replay</source>
        <translation>關於 replay(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>Library: {0}</source>
        <translation>資料庫：{0}</translation>
    </message>
    <message>
        <source>Cannot export the clip</source>
        <translation>無法匯出片段</translation>
    </message>
    <message>
        <source>Select a tag first</source>
        <translation>請先選取標記</translation>
    </message>
    <message>
        <source>Export clip of this tag</source>
        <translation>匯出此標記的片段</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;Animated WebP (*.webp);;Animated GIF (*.gif)</source>
        <translation>MP4 影片 (*.mp4);;動態 WebP (*.webp);;動態 GIF (*.gif)</translation>
    </message>
    <message>
        <source>Rendering the clip…</source>
        <translation>正在產生片段…</translation>
    </message>
    <message>
        <source>Copied {0}</source>
        <translation>已複製 {0}</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>無法開啟連結</translation>
    </message>
    <message>
        <source>Not reachable, skipped: {0}</source>
        <translation>無法連線，已略過：{0}</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>開啟連結</translation>
    </message>
    <message>
        <source>Link (replay://…):</source>
        <translation>連結（replay://…）：</translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation>{0} 個工作階段</translation>
    </message>
    <message>
        <source>Cannot open session {0}</source>
        <translation>無法開啟工作階段 {0}</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>A clip of a point tag shows this long before and after it (ms). The hits and events panes&apos; default height under the replay. Share of the window&apos;s height the docked lists get by default (above the floor). The least height a docked pane keeps (its table scrolls below that). Raise ReplayErrors instead of showing them (``--screenshot``: one line, exit 1).</extracomment>
        <translation>標記</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>偵測</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saved {0} ({1} frames)</source>
        <translation>已儲存 {0}（{1} 幀）</translation>
    </message>
    <message>
        <source>Clip cancelled; nothing was saved</source>
        <translation>已取消短片，未儲存任何檔案</translation>
    </message>
    <message>
        <source>Import session files</source>
        <translation>匯入工作階段檔案</translation>
    </message>
    <message>
        <source>Sessions (*.json *.jsonl *.gz *.csv session_*);;All files (*)</source>
        <translation>工作階段 (*.json *.jsonl *.gz *.csv session_*);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import a folder of sessions</source>
        <translation>匯入工作階段資料夾</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>審閱者名稱</translation>
    </message>
    <message>
        <source>Name written on your tags:</source>
        <translation>寫在您標記上的名稱：</translation>
    </message>
    <message>
        <source>About replay</source>
        <translation>關於 replay</translation>
    </message>
    <message>
        <source>{0} of {1} sessions</source>
        <translation>{0} / {1} 個工作階段</translation>
    </message>
    <message>
        <source>Computing frustration scores: {0} of {1}</source>
        <translation>正在計算挫折分數：第 {0} 個，共 {1} 個</translation>
    </message>
    <message>
        <source>Scores not computed for {0} session(s): {1}</source>
        <translation>有 {0} 個工作階段無法計算分數：{1}</translation>
    </message>
</context>
<context>
    <name>OpenLibraryDialog</name>
    <message>
        <source>Open or create a library</source>
        <translation>開啟或建立資料庫</translation>
    </message>
    <message>
        <source>A library file on this computer, or a team library on a PostgreSQL server (postgresql://user@host/dbname or postgresql://?service=NAME).</source>
        <translation>這台電腦上的資料庫檔案，或 PostgreSQL 伺服器上的團隊資料庫（postgresql://user@host/dbname 或 postgresql://?service=NAME）。</translation>
    </message>
    <message>
        <source>library file or postgresql://user@host/dbname</source>
        <translation>資料庫檔案或 postgresql://user@host/dbname</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>No password here: libpq finds it in your service file, ~/.pgpass or the system keyring.</source>
        <translation>這裡不要填密碼：libpq 會從您的 service 檔、~/.pgpass 或系統鑰匙圈取得。</translation>
    </message>
    <message>
        <source>A password in the address is refused (it would be stored in the settings): put it in a service file, ~/.pgpass or the system keyring.</source>
        <translation>位址中含密碼會被拒絕（密碼會被存進設定）：請放在 service 檔、~/.pgpass 或系統鑰匙圈。</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite *.db *.replay);;All files (*)</source>
        <translation>資料庫 (*.sqlite *.db *.replay);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>The whole session: frustration per moment; click or drag to go there</source>
        <extracomment>Bars are this many pixels wide.</extracomment>
        <translation>整個工作階段：每個時刻的挫折程度；點擊或拖曳前往該處</translation>
    </message>
</context>
<context>
    <name>PageLayer</name>
    <message>
        <source>no page was recorded</source>
        <translation>沒有錄製網頁</translation>
    </message>
    <message>
        <source>The page cannot be shown: {0}</source>
        <extracomment>Chromium&apos;s tile size for software raster (cc&apos;s TileSizeCalculator): a layer narrower than 4096 px gets tiles as wide as the layer and 512 px high (a layer smaller than 4096x512 is one tile). The default 256x256 tiles cut a 1366x768 page into ~24 quads, and Chromium&apos;s software compositor (viz, in our process) draws each quad through Skia&apos;s image-shader pipeline; one quad per 512 rows costs it 10-20 % less per seek, the raster the same (measured: docs/pageview.md, &quot;Inside the compositor&apos;s 20 ns a pixel&quot;). Pixels unchanged.</extracomment>
        <translation>無法顯示網頁：{0}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own standard button texts (QPlatformTheme). PySide6 ships no qtbase_th.qm, so replay&apos;s own .ts carries these for Thai (Korean and Chinese come from qtbase too).</extracomment>
        <translation>確定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
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
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>{n} {noun} within {span_ms} ms inside {spread_px} px on {target}; {tail}</source>
        <extracomment>The templates of replay.signals.reasons, marked for translation (tests check they match).</extracomment>
        <translation>在 {target} 上 {span_ms} ms 內、{spread_px} px 範圍內{noun} {n} 次；{tail}</translation>
    </message>
    <message>
        <source>page response unknown (no DOM data)</source>
        <translation>頁面反應不明（沒有 DOM 資料）</translation>
    </message>
    <message>
        <source>the page answered {answered} of {n} {noun}</source>
        <translation>頁面回應了 {n} 次{noun}中的 {answered} 次</translation>
    </message>
    <message>
        <source>{noun} on {target} got {silent} (window {window_s} s)</source>
        <translation>在 {target} 上{noun}：{silent}（等待區間 {window_s} s）</translation>
    </message>
    <message>
        <source>{noun} on {target} was answered only after {delay_ms} ms ({kind}; slow above {slow_ms} ms)</source>
        <translation>在 {target} 上{noun}，{delay_ms} ms 後才有反應（{kind}；超過 {slow_ms} ms 即為緩慢）</translation>
    </message>
    <message>
        <source>no page response for {seconds} s</source>
        <translation>頁面 {seconds} s 內沒有反應</translation>
    </message>
    <message>
        <source>no page response in the remaining {seconds} s of the recording</source>
        <translation>錄製剩餘的 {seconds} s 內頁面都沒有反應</translation>
    </message>
    <message>
        <source>no page change near it, nor any other that could answer it, for {seconds} s</source>
        <translation>{seconds} s 內附近沒有頁面變更，也沒有其他可能是回應的變更</translation>
    </message>
    <message>
        <source>click on {target} was followed {delay_ms} ms later by a console error: {message}</source>
        <translation>點擊 {target} 後 {delay_ms} ms 出現主控台錯誤：{message}</translation>
    </message>
    <message>
        <source>{nx} horizontal and {ny} vertical direction reversals, {path_px} px of cursor path in {span_ms} ms (mean {speed} px/s)</source>
        <translation>水平方向反轉 {nx} 次、垂直方向反轉 {ny} 次，{span_ms} ms 內游標移動 {path_px} px（平均 {speed} px/s）</translation>
    </message>
    <message>
        <source>wandering cursor: {path_px} px of path for {straight_px} px of progress (x{ratio}) at {speed} px/s, slower than this session&apos;s median {median} px/s</source>
        <translation>游標徘徊：實際前進 {straight_px} px 卻移動了 {path_px} px（x{ratio}），速度 {speed} px/s，比本工作階段的中位數 {median} px/s 慢</translation>
    </message>
    <message>
        <source>cursor rested {dwell_ms} ms within {radius_px} px of {target} before clicking</source>
        <translation>點擊前游標在 {target} 周圍 {radius_px} px 內停留 {dwell_ms} ms</translation>
    </message>
    <message>
        <source>{gap_ms} ms from focusing {target} to the first keystroke</source>
        <translation>從聚焦 {target} 到第一次按鍵共 {gap_ms} ms</translation>
    </message>
    <message>
        <source>{n} scroll direction reversals within {span_ms} ms, legs {min_px}-{max_px} px, {travel_px} px scrolled</source>
        <translation>{span_ms} ms 內捲動方向反轉 {n} 次，每段 {min_px}-{max_px} px，共捲動 {travel_px} px</translation>
    </message>
    <message>
        <source>searching up and down: {n} scroll direction reversals within {span_ms} ms, legs {min_px}-{max_px} px, {travel_px} px scrolled</source>
        <translation>上下搜尋：{span_ms} ms 內捲動方向反轉 {n} 次，每段 {min_px}-{max_px} px，共捲動 {travel_px} px</translation>
    </message>
    <message>
        <source>{n} orientation flips within {span_ms} ms (viewport {sizes})</source>
        <translation>{span_ms} ms 內螢幕方向翻轉 {n} 次（可視區域 {sizes}）</translation>
    </message>
    <message>
        <source>clicked {target} to {to} and came back to {back} after {stay_ms} ms</source>
        <translation>點擊 {target} 前往 {to}，{stay_ms} ms 後回到 {back}</translation>
    </message>
    <message>
        <source>navigated to {to} and came back to {back} after {stay_ms} ms</source>
        <translation>前往 {to}，{stay_ms} ms 後回到 {back}</translation>
    </message>
    <message>
        <source>{page} loaded {n} times within {span_ms} ms</source>
        <translation>{page} 在 {span_ms} ms 內載入 {n} 次</translation>
    </message>
    <message>
        <source>{target} cleared to empty {n} time and retyped ({inputs} inputs over {seconds} s)</source>
        <translation>{target} 被清空 {n} 次後重新輸入（{seconds} s 內輸入 {inputs} 次）</translation>
    </message>
    <message>
        <source>{target} cleared to empty {n} times and retyped ({inputs} inputs over {seconds} s)</source>
        <translation>{target} 被清空 {n} 次後重新輸入（{seconds} s 內輸入 {inputs} 次）</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>點擊</translation>
    </message>
    <message>
        <source>taps</source>
        <translation>輕觸</translation>
    </message>
    <message>
        <source>click</source>
        <translation>點擊</translation>
    </message>
    <message>
        <source>tap</source>
        <translation>輕觸</translation>
    </message>
    <message>
        <source>mutation</source>
        <translation>頁面變更</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>頁面切換</translation>
    </message>
    <message>
        <source>scroll</source>
        <translation>捲動</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>選取文字</translation>
    </message>
    <message>
        <source>input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>viewport</source>
        <translation>可視區域變更</translation>
    </message>
    <message>
        <source>media</source>
        <translation>媒體</translation>
    </message>
    <message>
        <source>late page change</source>
        <translation>延遲的頁面變更</translation>
    </message>
    <message>
        <source>an unknown element</source>
        <translation>未知的元素</translation>
    </message>
    <message>
        <source>the recording has no clicks or taps</source>
        <translation>此錄製沒有點擊或輕觸</translation>
    </message>
    <message>
        <source>the recording has no DOM data (no mutations), so whether the page answered a click cannot be seen</source>
        <translation>此錄製沒有 DOM 資料（沒有頁面變更），無法得知頁面是否回應了點擊</translation>
    </message>
    <message>
        <source>no console message was recorded (the rrweb console plugin was not used, or the page logged nothing), so errors after clicks cannot be seen</source>
        <translation>沒有錄到任何主控台訊息（未使用 rrweb 主控台外掛，或頁面沒有記錄任何訊息），無法看到點擊後的錯誤</translation>
    </message>
    <message>
        <source>the recording has no pointer positions</source>
        <translation>此錄製沒有指標位置</translation>
    </message>
    <message>
        <source>the recording has no clicks or focus events</source>
        <translation>此錄製沒有點擊或聚焦事件</translation>
    </message>
    <message>
        <source>the recording has no scroll data</source>
        <translation>此錄製沒有捲動資料</translation>
    </message>
    <message>
        <source>the recording has no viewport sizes, so rotations cannot be seen</source>
        <translation>此錄製沒有可視區域大小，無法看到螢幕旋轉</translation>
    </message>
    <message>
        <source>the recording has no page navigation data</source>
        <translation>此錄製沒有頁面切換資料</translation>
    </message>
    <message>
        <source>the recording has no form input data</source>
        <translation>此錄製沒有表單輸入資料</translation>
    </message>
    <message>
        <source>{n} click in the last {seconds} s of the recording cannot be judged: it ends before the dead-click window does</source>
        <translation>錄製最後 {seconds} s 內的 {n} 次點擊無法判斷：錄製在無效點擊的等待區間結束前就停止了</translation>
    </message>
    <message>
        <source>{n} clicks in the last {seconds} s of the recording cannot be judged: it ends before the dead-click window does</source>
        <translation>錄製最後 {seconds} s 內的 {n} 次點擊無法判斷：錄製在無效點擊的等待區間結束前就停止了</translation>
    </message>
</context>
<context>
    <name>ReplayCanvas</name>
    <message>
        <source>No session open

Open one from the library with Enter or a double-click,
or import recordings with File ▸ Import files… (Ctrl+O).</source>
        <extracomment>Trail drawn as this many polylines of growing opacity (one QPainter call each). The recorded page at the playhead (``replay.ui.page_view``), drawn under the overlay.</extracomment>
        <translation>尚未開啟工作階段

在資料庫清單中按 Enter 或按兩下即可開啟，
或從「檔案 ▸ 匯入檔案…」(Ctrl+O) 匯入錄製檔。</translation>
    </message>
    <message>
        <source>mouse log: screen area {0} × {1} px</source>
        <translation>滑鼠紀錄：螢幕區域 {0} × {1} px</translation>
    </message>
    <message>
        <source>(no URL recorded yet)</source>
        <translation>（尚未記錄網址）</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <source>Play / pause</source>
        <extracomment>Left/Right step (issue 5: &quot;step by a frame and by 5 s&quot;).</extracomment>
        <translation>播放 / 暫停</translation>
    </message>
    <message>
        <source>Play or pause the replay</source>
        <translation>播放或暫停重播</translation>
    </message>
    <message>
        <source>Back 5 s</source>
        <translation>倒退 5 秒</translation>
    </message>
    <message>
        <source>Step back 5 seconds</source>
        <translation>倒退 5 秒</translation>
    </message>
    <message>
        <source>Forward 5 s</source>
        <translation>快轉 5 秒</translation>
    </message>
    <message>
        <source>Step forward 5 seconds</source>
        <translation>快轉 5 秒</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>上一格</translation>
    </message>
    <message>
        <source>Step back one frame</source>
        <translation>倒退一格</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>下一格</translation>
    </message>
    <message>
        <source>Step forward one frame</source>
        <translation>前進一格</translation>
    </message>
    <message>
        <source>Go to start</source>
        <translation>移至開頭</translation>
    </message>
    <message>
        <source>Go to the start</source>
        <translation>移至工作階段開頭</translation>
    </message>
    <message>
        <source>Go to end</source>
        <translation>移至結尾</translation>
    </message>
    <message>
        <source>Go to the end</source>
        <translation>移至工作階段結尾</translation>
    </message>
    <message>
        <source>Next spike</source>
        <translation>下一個尖峰</translation>
    </message>
    <message>
        <source>Go to the next frustration spike</source>
        <translation>移至下一個挫折尖峰</translation>
    </message>
    <message>
        <source>Previous spike</source>
        <translation>上一個尖峰</translation>
    </message>
    <message>
        <source>Go to the previous frustration spike</source>
        <translation>移至上一個挫折尖峰</translation>
    </message>
    <message>
        <source>Next untagged spike</source>
        <translation>下一個未標記尖峰</translation>
    </message>
    <message>
        <source>Go to the next spike with no tag</source>
        <translation>移至下一個尚未標記的尖峰</translation>
    </message>
    <message>
        <source>Range start here</source>
        <translation>範圍從此開始</translation>
    </message>
    <message>
        <source>Start the selected range at the playhead</source>
        <translation>在播放頭位置開始選取範圍</translation>
    </message>
    <message>
        <source>Range end here</source>
        <translation>範圍到此結束</translation>
    </message>
    <message>
        <source>End the selected range at the playhead</source>
        <translation>在播放頭位置結束選取範圍</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加快</translation>
    </message>
    <message>
        <source>Play faster</source>
        <translation>加快播放</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>放慢</translation>
    </message>
    <message>
        <source>Play slower</source>
        <translation>放慢播放</translation>
    </message>
    <message>
        <source>Fit timeline</source>
        <translation>時間軸符合視窗</translation>
    </message>
    <message>
        <source>Show the whole session in the timelines</source>
        <translation>在時間軸中顯示整個工作階段</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom the timelines in around the playhead</source>
        <translation>以播放頭為中心放大時間軸</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom the timelines out</source>
        <translation>縮小時間軸</translation>
    </message>
    <message>
        <source>click</source>
        <translation>點擊</translation>
    </message>
    <message>
        <source>tap</source>
        <translation>輕觸</translation>
    </message>
    <message>
        <source>rage click</source>
        <translation>憤怒點擊</translation>
    </message>
    <message>
        <source>dead click</source>
        <translation>無效點擊</translation>
    </message>
    <message>
        <source>page change</source>
        <translation>換頁</translation>
    </message>
    <message>
        <source>console error</source>
        <translation>主控台錯誤</translation>
    </message>
    <message>
        <source>Spike</source>
        <extracomment>The recorded page behind the cursor overlay (rrweb sessions; View ▸ Show page).</extracomment>
        <translation>尖峰</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Playback speed (+ / -)</source>
        <translation>播放速度（+ / -）</translation>
    </message>
    <message>
        <source>Skip idle</source>
        <translation>略過閒置</translation>
    </message>
    <message>
        <source>Play through stretches with no activity quickly</source>
        <translation>快速播放沒有活動的片段</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>符合</translation>
    </message>
</context>
<context>
    <name>SessionListPanel</name>
    <message>
        <source>Search sessions…</source>
        <translation>搜尋工作階段…</translation>
    </message>
    <message>
        <source>Words, or filters: signal:rage_click url:*checkout* target:cart category:broken_link_or_button note:text reviewer:name reviewed:yes|no device:mobile format:rrweb since:2026-01-31 until:2026-02-28 score:2..5</source>
        <translation>關鍵字或篩選條件：signal:rage_click url:*checkout* target:cart category:broken_link_or_button note:文字 reviewer:名稱 reviewed:yes|no device:mobile format:rrweb since:2026-01-31 until:2026-02-28 score:2..5</translation>
    </message>
    <message>
        <source>Device filter</source>
        <translation>裝置篩選</translation>
    </message>
    <message>
        <source>Format filter</source>
        <translation>格式篩選</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>所有裝置</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>所有格式</translation>
    </message>
    <message>
        <source>No sessions match.</source>
        <translation>沒有符合的工作階段。</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Source</source>
        <extracomment>The source name is what a reviewer reads the list by: its column keeps room for about this many characters (of a session name) in every UI language; the panel widens instead. File name endings the list leaves out (the format column says it; the tooltip has all).</extracomment>
        <translation>來源</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>尖峰</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已審閱</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>not a problem</source>
        <extracomment>Nielsen&apos;s severity names and descriptions (replay.model.tags.SEVERITY_SCALE).</extracomment>
        <translation>不是問題</translation>
    </message>
    <message>
        <source>I don&apos;t agree that this is a usability problem at all.</source>
        <translation>完全不認為這是可用性問題。</translation>
    </message>
    <message>
        <source>cosmetic</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>Cosmetic problem only: need not be fixed unless extra time is available.</source>
        <translation>僅外觀問題：除非有多餘時間，否則不必修正。</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>輕微</translation>
    </message>
    <message>
        <source>Minor usability problem: fixing this should be given low priority.</source>
        <translation>輕微可用性問題：修正的優先順序應較低。</translation>
    </message>
    <message>
        <source>major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Major usability problem: important to fix, so should be given high priority.</source>
        <translation>重大可用性問題：修正很重要，應給予高優先順序。</translation>
    </message>
    <message>
        <source>catastrophe</source>
        <translation>災難</translation>
    </message>
    <message>
        <source>Usability catastrophe: imperative to fix this before the product can be released.</source>
        <translation>可用性災難：產品發布前必須修正。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>功能</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <source>rage click</source>
        <extracomment>Language code -&gt; its name in that language (as a language menu shows it). The language the source strings are written in: it needs no translator. QLocale names used for dates and numbers of each UI language. The CJK family with each language&apos;s regional glyph forms: a Han character shared by Chinese, Japanese and Korean is drawn differently in each (Noto CJK&apos;s region subsets). What the UI calls each detector&apos;s signal kind (the ids in replay/signals, thresholds.toml). QT_TRANSLATE_NOOP marks them for lupdate; :func:`signal_name` translates them.</extracomment>
        <translation>憤怒點擊</translation>
    </message>
    <message>
        <source>dead click</source>
        <translation>無效點擊</translation>
    </message>
    <message>
        <source>slow click</source>
        <translation>回應緩慢的點擊</translation>
    </message>
    <message>
        <source>error click</source>
        <translation>錯誤點擊</translation>
    </message>
    <message>
        <source>erratic cursor</source>
        <translation>游標亂動</translation>
    </message>
    <message>
        <source>cursor confusion</source>
        <translation>游標徘徊</translation>
    </message>
    <message>
        <source>hesitation</source>
        <translation>猶豫</translation>
    </message>
    <message>
        <source>scroll thrash</source>
        <translation>來回捲動</translation>
    </message>
    <message>
        <source>excessive scroll</source>
        <translation>過度捲動</translation>
    </message>
    <message>
        <source>repeated rotation</source>
        <translation>反覆旋轉螢幕</translation>
    </message>
    <message>
        <source>quick back</source>
        <translation>快速返回</translation>
    </message>
    <message>
        <source>page loop</source>
        <translation>頁面循環</translation>
    </message>
    <message>
        <source>form re-entry</source>
        <translation>表單重新填寫</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>What happened? (any language)</source>
        <translation>發生了什麼事？（可使用任何語言）</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>類別(&amp;C)</translation>
    </message>
    <message>
        <source>Type to find a category; 0-4 set the severity.</source>
        <translation>輸入文字以尋找類別；按 0-4 設定嚴重度。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重度</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>審閱者(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>Tags</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>&amp;Tag here</source>
        <translation>在此標記(&amp;T)</translation>
    </message>
    <message>
        <source>Tag &amp;range</source>
        <translation>標記範圍(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept spike</source>
        <translation>採用尖峰(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit tag…</source>
        <translation>編輯標記…(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete tag</source>
        <translation>刪除標記(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo tag change</source>
        <translation>復原標記變更(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do tag change</source>
        <translation>重做標記變更(&amp;D)</translation>
    </message>
    <message>
        <source>Tag the moment at the playhead (T)</source>
        <translation>在播放頭位置標記此刻 (T)</translation>
    </message>
    <message>
        <source>Tag the selected range (Shift+T or R)</source>
        <translation>標記所選範圍（Shift+T 或 R）</translation>
    </message>
    <message>
        <source>Accept the current or nearest spike (A)</source>
        <translation>採用目前或最近的尖峰 (A)</translation>
    </message>
    <message>
        <source>Tags ({0})</source>
        <translation>標記（{0}）</translation>
    </message>
    <message>
        <source>signals: {0}</source>
        <translation>訊號：{0}</translation>
    </message>
    <message>
        <source>Open a session from the library to see and add its tags.</source>
        <translation>從資料庫開啟工作階段，即可檢視及新增標記。</translation>
    </message>
    <message>
        <source>No tags yet.

T tags the moment at the playhead, A accepts the spike under it, Shift+T tags a range dragged on the timelines.

Every tag is saved at once.</source>
        <translation>尚無標記。

按 T 在播放頭位置標記此刻，按 A 採用該處的尖峰，按 Shift+T 標記在時間軸上拖曳選取的範圍。

每個標記都會立即儲存。</translation>
    </message>
    <message>
        <source>Tag at {0}</source>
        <translation>於 {0} 標記</translation>
    </message>
    <message>
        <source>Tag {0}</source>
        <translation>標記 {0}</translation>
    </message>
    <message>
        <source>Accept spike {0} ({1})</source>
        <translation>採用尖峰 {0}（{1}）</translation>
    </message>
    <message>
        <source>Edit tag {0}</source>
        <translation>編輯標記 {0}</translation>
    </message>
    <message>
        <source>Someone else changed this tag</source>
        <translation>有其他人修改了這個標記</translation>
    </message>
    <message>
        <source>Another reviewer changed this tag while you were editing it. Your change was not saved; the list now shows their version.

{0}</source>
        <translation>您編輯時，另一位審查者修改了這個標記。您的變更沒有儲存；清單現在顯示對方的版本。

{0}</translation>
    </message>
    <message>
        <source>Spike {0}: {1}</source>
        <translation>尖峰 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Time</source>
        <extracomment>A mnemonic in brackets, as Thai, Korean and Chinese menus write it (&quot;แท็กตรงนี้ (&amp;T)&quot;). A point tag counts as &quot;under the playhead&quot; this long after its moment (ms).</extracomment>
        <translation>時間</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation>嚴重度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>{0} by {1}
{2}</source>
        <translation>{0}，由 {1} 標記
{2}</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>Te&amp;am</source>
        <translation>團隊(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>一致性…(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Consensus pass…</source>
        <translation>共識審查…(&amp;C)</translation>
    </message>
    <message>
        <source>Detector &amp;calibration…</source>
        <translation>偵測器校準…(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Blind mode (hide other reviewers&apos; tags)</source>
        <translation>盲審模式（隱藏其他審閱者的標記）(&amp;B)</translation>
    </message>
    <message>
        <source>Blind mode also hides the &amp;detector&apos;s spikes</source>
        <translation>盲審模式也隱藏偵測器的尖峰(&amp;D)</translation>
    </message>
    <message>
        <source>Mark session &amp;done (show everyone&apos;s tags)</source>
        <translation>將工作階段標為完成（顯示所有人的標記）(&amp;D)</translation>
    </message>
    <message>
        <source>Detector calibration</source>
        <translation>偵測器校準</translation>
    </message>
</context>
<context>
    <name>TimelinesWidget</name>
    <message>
        <source>cursor speed</source>
        <extracomment>The narrowest left axis (tick values such as &quot;1500&quot;); wider when the events lane&apos;s row names need it (&quot;ข้อผิดพลาด&quot; in Thai). Every lane gets the same width, so times line up. Lanes whose tags are drawn as shaded ranges; elsewhere a range shows as its two edges only, so five lanes of shading do not bury the curves. Rows of the events lane. Lanes with a value axis: (step unit, whole steps only). The angle steps by 90°; the events lane names its rows instead.</extracomment>
        <translation>游標速度</translation>
    </message>
    <message>
        <source>px/s</source>
        <translation>px/秒</translation>
    </message>
    <message>
        <source>scroll depth</source>
        <translation>捲動深度</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>screen angle</source>
        <translation>螢幕角度</translation>
    </message>
    <message>
        <source>frustration</source>
        <translation>挫折</translation>
    </message>
    <message>
        <source>click</source>
        <translation>點擊</translation>
    </message>
    <message>
        <source>page</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>no cursor data in this recording</source>
        <translation>此錄製內容沒有游標資料</translation>
    </message>
    <message>
        <source>no scroll data in this recording</source>
        <translation>此錄製內容沒有捲動資料</translation>
    </message>
    <message>
        <source>no rotation in this recording</source>
        <translation>此錄製內容沒有螢幕旋轉</translation>
    </message>
    <message>
        <source>no orientation readings in this recording</source>
        <translation>此錄製沒有螢幕方向讀數</translation>
    </message>
    <message>
        <source>no detection result for this session</source>
        <translation>此工作階段沒有偵測結果</translation>
    </message>
    <message>
        <source>no console log recorded</source>
        <translation>未錄製主控台記錄</translation>
    </message>
    <message>
        <source>{0} (severity {1} {2})</source>
        <translation>{0}（嚴重度 {1} {2}）</translation>
    </message>
</context>
</TS>
