<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Reviewer agreement</source>
        <extracomment>(session id, start ms) of a disagreement the user wants to see.</extracomment>
        <translation>ความสอดคล้องของผู้ตรวจทาน</translation>
    </message>
    <message>
        <source>Match &amp;tolerance</source>
        <translation>ค่าคลาดเคลื่อนในการจับคู่ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>คู่ (&amp;P)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ ของ Cohen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>ความสอดคล้อง</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α ของ Krippendorff</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>เซสชัน</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>ผู้ตรวจทาน</translation>
    </message>
    <message>
        <source>Double-click to open the session at this moment</source>
        <translation>ดับเบิลคลิกเพื่อเปิดเซสชันที่จังหวะนี้</translation>
    </message>
    <message>
        <source>Reviewers: {0}. Units: {1}. Krippendorff&apos;s α (all reviewers): {2}.</source>
        <translation>ผู้ตรวจทาน: {0} หน่วย: {1} α ของ Krippendorff (ผู้ตรวจทานทุกคน): {2}</translation>
    </message>
    <message>
        <source>Presence over {0} ms bins: α {1}.</source>
        <translation>การมีปัญหาในช่วงเวลาละ {0} ms: α {1}</translation>
    </message>
    <message>
        <source>A tag the other reviewer did not match counts as a disagreement with “none”.</source>
        <translation>แท็กที่ผู้ตรวจทานอีกคนไม่ได้จับคู่ นับเป็นความไม่สอดคล้องกับ “none”</translation>
    </message>
    <message>
        <source>{0} vs {1}</source>
        <translation>{0} กับ {1}</translation>
    </message>
    <message>
        <source>Agreement needs two reviewers.</source>
        <translation>ต้องมีผู้ตรวจทานสองคนจึงวัดความสอดคล้องได้</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>ทุกหมวดหมู่</translation>
    </message>
    <message>
        <source>Presence (time bins)</source>
        <translation>การมีปัญหา (ช่วงเวลา)</translation>
    </message>
    <message>
        <source>Confusion matrix: {0} in rows, {1} in columns ({2} units)</source>
        <translation>เมทริกซ์ความสับสน: {0} เป็นแถว {1} เป็นคอลัมน์ ({2} หน่วย)</translation>
    </message>
    <message>
        <source>Disagreements: {0}</source>
        <translation>ความไม่สอดคล้อง: {0}</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Detector calibration</source>
        <translation>การปรับเทียบตัวตรวจจับ</translation>
    </message>
    <message>
        <source>Consensus tags</source>
        <translation>แท็กฉันทามติ</translation>
    </message>
    <message>
        <source>Tags of {0}</source>
        <translation>แท็กของ {0}</translation>
    </message>
    <message>
        <source>&amp;Truth</source>
        <translation>ค่าจริง (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Detector</source>
        <translation>ตัวตรวจจับ (&amp;D)</translation>
    </message>
    <message>
        <source>precision / recall / F1</source>
        <translation>ความแม่นยำ / ความครบถ้วน / F1</translation>
    </message>
    <message>
        <source>&amp;Apply suggestions to my config…</source>
        <translation>ใช้ค่าที่แนะนำกับการตั้งค่าของฉัน… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <source>Sweeping the detectors&apos; thresholds…</source>
        <translation>กำลังไล่ค่าเกณฑ์ของตัวตรวจจับ…</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>ความแม่นยำ</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>ความครบถ้วน</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <source>best F1</source>
        <translation>F1 ดีที่สุด</translation>
    </message>
    <message>
        <source>no suggestion (no value matched a truth tag)</source>
        <translation>ไม่มีค่าแนะนำ (ไม่มีค่าใดตรงกับแท็กค่าจริง)</translation>
    </message>
    <message>
        <source>suggested {0} (F1 {1})</source>
        <translation>แนะนำ {0} (F1 {1})</translation>
    </message>
    <message>
        <source>Truth: {0} tag(s) in {1} session(s), tolerance {2} ms, config {3}. {4}: now {5}, {6}. Rule: the value with the best F1.</source>
        <translation>ค่าจริง: {0} แท็กใน {1} เซสชัน ค่าคลาดเคลื่อน {2} ms การตั้งค่า {3} {4}: ปัจจุบัน {5}, {6} กฎ: ค่าที่ได้ F1 ดีที่สุด</translation>
    </message>
    <message>
        <source>Applied to {0} (config {1}). Run the detectors again to use it.</source>
        <translation>ใช้กับ {0} แล้ว (การตั้งค่า {1}) เรียกใช้ตัวตรวจจับอีกครั้งเพื่อใช้ค่านี้</translation>
    </message>
    <message>
        <source>Write these thresholds to your config?
{0}</source>
        <translation>บันทึกเกณฑ์เหล่านี้ลงในการตั้งค่าของคุณหรือไม่
{0}</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>Broken link or button</source>
        <extracomment>The default codebook&apos;s labels and descriptions (migration m002), translated while a library keeps them unchanged; a category the team renamed is their data, shown as is.</extracomment>
        <translation>ลิงก์หรือปุ่มเสีย</translation>
    </message>
    <message>
        <source>A link, button or control does nothing, the wrong thing, or leads to an error.</source>
        <translation>ลิงก์ ปุ่ม หรือตัวควบคุมไม่ทำงาน ทำงานผิด หรือพาไปสู่ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Confusing layout</source>
        <translation>เลย์เอาต์สับสน</translation>
    </message>
    <message>
        <source>The user cannot find or understand what is on the screen: hierarchy, labels, placement.</source>
        <translation>ผู้ใช้หาไม่เจอหรือไม่เข้าใจสิ่งที่อยู่บนหน้าจอ: ลำดับชั้น ป้ายกำกับ ตำแหน่ง</translation>
    </message>
    <message>
        <source>Slow response</source>
        <translation>ตอบสนองช้า</translation>
    </message>
    <message>
        <source>The page or a control reacts too slowly; the user waits, repeats or gives up.</source>
        <translation>หน้าเว็บหรือตัวควบคุมตอบสนองช้าเกินไป ผู้ใช้ต้องรอ ทำซ้ำ หรือยอมแพ้</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>ปัญหาแบบฟอร์ม</translation>
    </message>
    <message>
        <source>Filling in a form is hard: validation, unclear fields, lost input, re-entry.</source>
        <translation>กรอกแบบฟอร์มยาก: การตรวจสอบ ช่องไม่ชัดเจน ข้อมูลหาย ต้องกรอกซ้ำ</translation>
    </message>
    <message>
        <source>Content missing</source>
        <translation>เนื้อหาขาดหาย</translation>
    </message>
    <message>
        <source>Information the user looks for is absent, empty, or not loaded.</source>
        <translation>ข้อมูลที่ผู้ใช้มองหาไม่มี ว่างเปล่า หรือโหลดไม่ขึ้น</translation>
    </message>
    <message>
        <source>Navigation problem</source>
        <translation>ปัญหาการนำทาง</translation>
    </message>
    <message>
        <source>The user gets lost, goes back and forth, or cannot reach the page they want.</source>
        <translation>ผู้ใช้หลงทาง วนไปมา หรือไปไม่ถึงหน้าที่ต้องการ</translation>
    </message>
    <message>
        <source>Unexpected behaviour</source>
        <translation>พฤติกรรมที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>The interface does something the user did not expect (jumps, resets, pop-ups).</source>
        <translation>อินเทอร์เฟซทำสิ่งที่ผู้ใช้ไม่คาดคิด (กระโดด รีเซ็ต ป๊อปอัป)</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>การเข้าถึง</translation>
    </message>
    <message>
        <source>Hard to use with a keyboard, screen reader, zoom, small targets or low contrast.</source>
        <translation>ใช้งานยากด้วยแป้นพิมพ์ โปรแกรมอ่านหน้าจอ การซูม เป้าหมายเล็ก หรือคอนทราสต์ต่ำ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Anything that fits no other category; say what in the note.</source>
        <translation>สิ่งที่ไม่เข้าหมวดอื่น ระบุรายละเอียดในบันทึก</translation>
    </message>
</context>
<context>
    <name>ConsensusDialog</name>
    <message>
        <source>Consensus pass</source>
        <extracomment>(session id, start ms) to show in the replay. Emitted after each recorded decision (tags may have changed).</extracomment>
        <translation>รอบหาฉันทามติ</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>บันทึก (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>ข้าม (&amp;S)</translation>
    </message>
    <message>
        <source>Show in &amp;replay</source>
        <translation>แสดงในการเล่นซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <source>Disagreement {0} of {1} ({2} recorded)</source>
        <translation>ความไม่สอดคล้อง {0} จาก {1} (บันทึกแล้ว {2})</translation>
    </message>
    <message>
        <source>No disagreements left to settle.</source>
        <translation>ไม่มีความไม่สอดคล้องเหลือให้ตัดสินแล้ว</translation>
    </message>
    <message>
        <source>Session #{0}, {1}–{2}</source>
        <translation>เซสชัน #{0}, {1}–{2}</translation>
    </message>
    <message>
        <source>{0} as {1} tagged it</source>
        <translation>{0} ตามที่ {1} แท็กไว้</translation>
    </message>
    <message>
        <source>Another category over the whole span:</source>
        <translation>หมวดหมู่อื่นตลอดช่วง:</translation>
    </message>
    <message>
        <source>No problem here</source>
        <translation>ตรงนี้ไม่มีปัญหา</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>desktop</source>
        <extracomment>What the UI calls each device class (replay.model.session.Device values).</extracomment>
        <translation>เดสก์ท็อป</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>มือถือ</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>แท็บเล็ต</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>click</source>
        <translation>คลิก</translation>
    </message>
    <message>
        <source>tap</source>
        <translation>แตะ</translation>
    </message>
    <message>
        <source>page view</source>
        <translation>การดูหน้า</translation>
    </message>
    <message>
        <source>input</source>
        <translation>การป้อนข้อมูล</translation>
    </message>
    <message>
        <source>console error</source>
        <translation>ข้อผิดพลาดคอนโซล</translation>
    </message>
    <message>
        <source>scroll</source>
        <translation>เลื่อน</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>หมุนจอ</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>หน้าเว็บ</translation>
    </message>
    <message>
        <source>an unknown element</source>
        <translation>องค์ประกอบที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>เลือกแล้ว</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>ไม่ได้เลือก</translation>
    </message>
    <message>
        <source>{0}: {1} characters</source>
        <translation>{0}: {1} ตัวอักษร</translation>
    </message>
    <message>
        <source>{0}: {1} px ({2} → {3} px)</source>
        <translation>{0}: {1} px ({2} → {3} px)</translation>
    </message>
    <message>
        <source>Search events (target, URL, message)…</source>
        <translation>ค้นหาเหตุการณ์ (เป้าหมาย, URL, ข้อความ)…</translation>
    </message>
    <message>
        <source>Show one kind of event only</source>
        <translation>แสดงเหตุการณ์ชนิดเดียว</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>ทุกเหตุการณ์</translation>
    </message>
    <message>
        <source>Follow playhead</source>
        <translation>ตามหัวเล่น</translation>
    </message>
    <message>
        <source>Select the event at the playhead as the replay plays</source>
        <translation>เลือกเหตุการณ์ที่หัวเล่นอยู่ขณะเล่นซ้ำ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} จาก {1}</translation>
    </message>
    <message>
        <source>Open a session to list its events.</source>
        <translation>เปิดเซสชันเพื่อดูรายการเหตุการณ์</translation>
    </message>
    <message>
        <source>This recording has no clicks, inputs or page events.</source>
        <translation>การบันทึกนี้ไม่มีการคลิก การป้อนข้อมูล หรือเหตุการณ์ของหน้า</translation>
    </message>
    <message>
        <source>No events match the search.</source>
        <translation>ไม่มีเหตุการณ์ที่ตรงกับการค้นหา</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export findings to CSV</source>
        <translation>ส่งออกผลการค้นพบเป็น CSV</translation>
    </message>
    <message>
        <source>&amp;This session</source>
        <translation>เซสชันนี้ (&amp;T)</translation>
    </message>
    <message>
        <source>The &amp;selected sessions ({0})</source>
        <translation>เซสชันที่เลือก ({0}) (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;All sessions</source>
        <translation>ทุกเซสชัน (&amp;A)</translation>
    </message>
    <message>
        <source>everyone (e.g. {0})</source>
        <translation>ทุกคน (เช่น {0})</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>ทุกหมวดหมู่</translation>
    </message>
    <message>
        <source>Include untagged detected &amp;spikes</source>
        <translation>รวมจุดพุ่งสูงที่ตรวจพบแต่ยังไม่ได้แท็ก (&amp;S)</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM (for Excel)</source>
        <translation>UTF-8 พร้อม BOM (สำหรับ Excel) (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>เรียกดู… (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ส่งออก (&amp;E)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>เซสชัน</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>ผู้ตรวจทาน (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>หมวดหมู่ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>ไม่ได้ส่งออก: {0}</translation>
    </message>
    <message>
        <source>{0} rows written to {1}</source>
        <translation>เขียน {0} แถวลงใน {1} แล้ว</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>ส่งออก CSV</translation>
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
        <translation>คลังเซสชัน</translation>
    </message>
    <message>
        <source>Enter / double-click</source>
        <translation>Enter / ดับเบิลคลิก</translation>
    </message>
    <message>
        <source>Open the session</source>
        <translation>เปิดเซสชัน</translation>
    </message>
    <message>
        <source>Up / Down, Page Up / Page Down</source>
        <translation>Up / Down, Page Up / Page Down</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>เลื่อนในรายการ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>Enter / click</source>
        <translation>Enter / คลิก</translation>
    </message>
    <message>
        <source>Jump to the tag</source>
        <translation>ข้ามไปที่แท็ก</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the tag (Ctrl+Z brings it back)</source>
        <translation>ลบแท็ก (Ctrl+Z เพื่อนำกลับมา)</translation>
    </message>
    <message>
        <source>Tag editor</source>
        <translation>ตัวแก้ไขแท็ก</translation>
    </message>
    <message>
        <source>type letters</source>
        <translation>พิมพ์ตัวอักษร</translation>
    </message>
    <message>
        <source>Find a category (type-ahead)</source>
        <translation>ค้นหาหมวดหมู่ (พิมพ์แล้วค้นหาทันที)</translation>
    </message>
    <message>
        <source>0 1 2 3 4 (Alt+0..4 anywhere)</source>
        <translation>0 1 2 3 4 (Alt+0..4 ได้ทุกที่)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Tab, Enter / Ctrl+Enter, Esc</source>
        <translation>Tab, Enter / Ctrl+Enter, Esc</translation>
    </message>
    <message>
        <source>Next field, save, cancel</source>
        <translation>ช่องถัดไป, บันทึก, ยกเลิก</translation>
    </message>
    <message>
        <source>&lt;b&gt;replay&lt;/b&gt; {0}&lt;br&gt;Replay recorded user sessions, see where people got frustrated, tag it and export the findings.&lt;br&gt;Sessions stay on this computer.</source>
        <translation>&lt;b&gt;replay&lt;/b&gt; {0}&lt;br&gt;เล่นเซสชันผู้ใช้ที่บันทึกไว้ซ้ำ ดูว่าผู้ใช้หงุดหงิดตรงไหน ติดแท็ก แล้วส่งออกผลการค้นพบ&lt;br&gt;เซสชันทั้งหมดเก็บอยู่ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
</context>
<context>
    <name>HitsPane</name>
    <message>
        <source>no console log recorded</source>
        <extracomment>Short, translated reasons a signal cannot be judged (codes of replay.review.hits).</extracomment>
        <translation>ไม่ได้บันทึกบันทึกคอนโซล</translation>
    </message>
    <message>
        <source>no page structure (DOM) recorded</source>
        <translation>ไม่ได้บันทึกโครงสร้างหน้า (DOM)</translation>
    </message>
    <message>
        <source>no clicks or taps recorded</source>
        <translation>ไม่ได้บันทึกการคลิกหรือแตะ</translation>
    </message>
    <message>
        <source>no pointer positions recorded</source>
        <translation>ไม่ได้บันทึกตำแหน่งเคอร์เซอร์</translation>
    </message>
    <message>
        <source>no form input recorded</source>
        <translation>ไม่ได้บันทึกการกรอกแบบฟอร์ม</translation>
    </message>
    <message>
        <source>no page navigation recorded</source>
        <translation>ไม่ได้บันทึกการนำทางหน้า</translation>
    </message>
    <message>
        <source>no scrolling recorded</source>
        <translation>ไม่ได้บันทึกการเลื่อน</translation>
    </message>
    <message>
        <source>no viewport sizes recorded</source>
        <translation>ไม่ได้บันทึกขนาดวิวพอร์ต</translation>
    </message>
    <message>
        <source>some clicks are too close to the end of the recording to judge</source>
        <translation>การคลิกบางครั้งอยู่ใกล้จุดสิ้นสุดการบันทึกเกินกว่าจะตัดสินได้</translation>
    </message>
    <message>
        <source>not enough data in this recording</source>
        <translation>ข้อมูลในการบันทึกนี้ไม่พอ</translation>
    </message>
    <message>
        <source>Show the hits of one signal only</source>
        <extracomment>The height the pane asks for under the replay (the main window&apos;s dock default).</extracomment>
        <translation>แสดงเฉพาะการตรวจพบของสัญญาณเดียว</translation>
    </message>
    <message>
        <source>Untagged only</source>
        <translation>เฉพาะที่ยังไม่แท็ก</translation>
    </message>
    <message>
        <source>Hide hits a reviewer&apos;s tag already covers</source>
        <translation>ซ่อนการตรวจพบที่มีแท็กของผู้รีวิวครอบคลุมแล้ว</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>สัญญาณ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>ความแรง</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>แท็กแล้ว</translation>
    </message>
    <message>
        <source>All signals</source>
        <translation>ทุกสัญญาณ</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Cannot be judged on this recording:</source>
        <translation>ตัดสินไม่ได้จากการบันทึกนี้:</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} จาก {1}</translation>
    </message>
    <message>
        <source>Open a session to see why its spikes fired.</source>
        <translation>เปิดเซสชันเพื่อดูว่าทำไมจุดพุ่งสูงจึงเกิดขึ้น</translation>
    </message>
    <message>
        <source>No frustration signal fired in this session.</source>
        <translation>ไม่พบสัญญาณความหงุดหงิดในเซสชันนี้</translation>
    </message>
    <message>
        <source>No hits match the filter.</source>
        <translation>ไม่มีการตรวจพบที่ตรงกับตัวกรอง</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>{0} session(s) imported, {1} already in the library, {2} failed.</source>
        <translation>นำเข้า {0} เซสชัน, มีอยู่ในคลังแล้ว {1}, ล้มเหลว {2}</translation>
    </message>
    <message>
        <source>The import was cancelled; the sessions imported before it stay.</source>
        <translation>ยกเลิกการนำเข้าแล้ว เซสชันที่นำเข้าไปก่อนหน้ายังคงอยู่</translation>
    </message>
    <message>
        <source>Import finished</source>
        <extracomment>Failures listed in the dialog&apos;s text; all of them are in its details.</extracomment>
        <translation>นำเข้าเสร็จแล้ว</translation>
    </message>
    <message>
        <source>… and {0} more (see details)</source>
        <translation>… และอีก {0} รายการ (ดูรายละเอียด)</translation>
    </message>
    <message>
        <source>These files were not imported:</source>
        <translation>ไฟล์เหล่านี้ไม่ได้ถูกนำเข้า:</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Finding session files…</source>
        <extracomment>What an import run did (the core&apos;s outcome; the name the UI has always used).</extracomment>
        <translation>กำลังค้นหาไฟล์เซสชัน…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>กำลังนำเข้า</translation>
    </message>
    <message>
        <source>File {0} of {1}: {2}</source>
        <translation>ไฟล์ที่ {0} จาก {1}: {2}</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights across sessions</source>
        <translation>ข้อมูลเชิงลึกจากหลายเซสชัน</translation>
    </message>
    <message>
        <source>Page URL glob, e.g. */checkout*</source>
        <translation>รูปแบบ URL ของหน้า เช่น */checkout*</translation>
    </message>
    <message>
        <source>* is any text, ? one character; mouse logs have no URL</source>
        <translation>* คือข้อความใดก็ได้ ? คืออักขระหนึ่งตัว; บันทึกเมาส์ไม่มี URL</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>ทุกอุปกรณ์</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>เดสก์ท็อป</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>มือถือ</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>แท็บเล็ต</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>ทุกหมวดหมู่</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ปปปป-ดด-วว</translation>
    </message>
    <message>
        <source>Sessions started on or after this day (UTC)</source>
        <translation>เซสชันที่เริ่มในหรือหลังวันนี้ (UTC)</translation>
    </message>
    <message>
        <source>Sessions started on or before this day (UTC)</source>
        <translation>เซสชันที่เริ่มในหรือก่อนวันนี้ (UTC)</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>ผู้ตรวจทุกคน</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>การคลิก</translation>
    </message>
    <message>
        <source>Rage clicks</source>
        <translation>คลิกด้วยความหงุดหงิด</translation>
    </message>
    <message>
        <source>Dead clicks</source>
        <translation>คลิกที่ไม่ตอบสนอง</translation>
    </message>
    <message>
        <source>Cursor dwell</source>
        <translation>เคอร์เซอร์ค้าง</translation>
    </message>
    <message>
        <source>Scroll reach</source>
        <translation>ระยะการเลื่อน</translation>
    </message>
    <message>
        <source>Reviewer tags</source>
        <translation>แท็กของผู้ตรวจ</translation>
    </message>
    <message>
        <source>Most common width</source>
        <translation>ความกว้างที่พบบ่อยที่สุด</translation>
    </message>
    <message>
        <source>{0}: {1}-{2} px</source>
        <translation>{0}: {1}-{2} px</translation>
    </message>
    <message>
        <source>{0}: {1} px and wider</source>
        <translation>{0}: {1} px ขึ้นไป</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>แสดง (&amp;S)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>ผู้ตรวจ</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>แผนที่ความร้อน</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>ความกว้าง</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>เซสชัน</translation>
    </message>
    <message>
        <source>Frustrated here</source>
        <translation>หงุดหงิดที่นี่</translation>
    </message>
    <message>
        <source>Time on page (median)</source>
        <translation>เวลาบนหน้า (มัธยฐาน)</translation>
    </message>
    <message>
        <source>Time on page (p90)</source>
        <translation>เวลาบนหน้า (p90)</translation>
    </message>
    <message>
        <source>Score (median)</source>
        <translation>คะแนน (มัธยฐาน)</translation>
    </message>
    <message>
        <source>Score (p90)</source>
        <translation>คะแนน (p90)</translation>
    </message>
    <message>
        <source>Top signals</source>
        <translation>สัญญาณหลัก</translation>
    </message>
    <message>
        <source>Top elements</source>
        <translation>องค์ประกอบหลัก</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>องค์ประกอบ</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>จำนวนครั้ง</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>สัญญาณ</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>องค์ประกอบ</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Save heatmap…</source>
        <translation>บันทึกแผนที่ความร้อน…</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>บันทึกรายงาน…</translation>
    </message>
    <message>
        <source>Preparing {0} sessions for insights…</source>
        <translation>กำลังเตรียม {0} เซสชันสำหรับข้อมูลเชิงลึก…</translation>
    </message>
    <message>
        <source>{0} pages; the busiest was visited in {1} sessions</source>
        <translation>{0} หน้า; หน้าที่มีผู้เข้าชมมากที่สุดมี {1} เซสชัน</translation>
    </message>
    <message>
        <source>(screen, no URL)</source>
        <translation>(หน้าจอ, ไม่มี URL)</translation>
    </message>
    <message>
        <source>{0} of {1} sessions have an outcome.</source>
        <translation>{0} จาก {1} เซสชันมีผลลัพธ์</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>บันทึก {0} แล้ว</translation>
    </message>
    <message>
        <source>Save heatmap</source>
        <translation>บันทึกแผนที่ความร้อน</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>บันทึกรายงาน</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>The new language is used the next time replay starts.</source>
        <translation>ภาษาใหม่จะมีผลเมื่อเปิด replay ครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>นำเข้าไฟล์… (&amp;I)</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>นำเข้าโฟลเดอร์… (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>ส่งออก CSV… (&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;library…</source>
        <translation>เปิดคลังเซสชัน… (&amp;L)</translation>
    </message>
    <message>
        <source>Open lin&amp;k…</source>
        <translation>เปิดลิงก์… (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Copy link to this moment</source>
        <translation>คัดลอกลิงก์ไปยังช่วงเวลานี้ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>การเล่น (&amp;P)</translation>
    </message>
    <message>
        <source>Spike keys land on the first &amp;hit</source>
        <translation>ปุ่มจุดพุ่งสูงไปที่การตรวจพบแรก (&amp;H)</translation>
    </message>
    <message>
        <source>Off: N and P land where the frustration score starts to rise</source>
        <translation>ปิด: N และ P ไปที่จุดที่คะแนนความหงุดหงิดเริ่มสูงขึ้น</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>แท็ก (&amp;T)</translation>
    </message>
    <message>
        <source>Mark session &amp;reviewed</source>
        <translation>ทำเครื่องหมายว่าตรวจทานเซสชันแล้ว (&amp;R)</translation>
    </message>
    <message>
        <source>Reviewer &amp;name…</source>
        <translation>ชื่อผู้ตรวจทาน… (&amp;N)</translation>
    </message>
    <message>
        <source>Export &amp;clip of this tag…</source>
        <translation>ส่งออกคลิปของแท็กนี้… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>Go to &amp;library list</source>
        <translation>ไปที่รายการในคลัง (&amp;L)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>ค้นหาในคลัง</translation>
    </message>
    <message>
        <source>Go to &amp;replay</source>
        <translation>ไปที่การเล่นซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Go to &amp;tags</source>
        <translation>ไปที่แท็ก (&amp;T)</translation>
    </message>
    <message>
        <source>Go to &amp;hits</source>
        <translation>ไปที่การตรวจพบ (&amp;H)</translation>
    </message>
    <message>
        <source>Go to &amp;events</source>
        <translation>ไปที่เหตุการณ์ (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Insights across sessions…</source>
        <translation>ข้อมูลเชิงลึกจากหลายเซสชัน… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Previous session</source>
        <translation>เซสชันก่อนหน้า (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next session</source>
        <translation>เซสชันถัดไป (&amp;N)</translation>
    </message>
    <message>
        <source>Show the recorded &amp;page</source>
        <translation>แสดง&amp;หน้าเว็บที่บันทึกไว้</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ความช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About replay</source>
        <translation>เกี่ยวกับ replay (&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>เปิดคลังเซสชันไม่ได้</translation>
    </message>
    <message>
        <source>Library: {0}</source>
        <translation>คลัง: {0}</translation>
    </message>
    <message>
        <source>Cannot export the clip</source>
        <translation>ส่งออกคลิปไม่ได้</translation>
    </message>
    <message>
        <source>Select a tag first</source>
        <translation>เลือกแท็กก่อน</translation>
    </message>
    <message>
        <source>Export clip of this tag</source>
        <translation>ส่งออกคลิปของแท็กนี้</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;Animated WebP (*.webp);;Animated GIF (*.gif)</source>
        <translation>วิดีโอ MP4 (*.mp4);;WebP แบบเคลื่อนไหว (*.webp);;GIF แบบเคลื่อนไหว (*.gif)</translation>
    </message>
    <message>
        <source>Rendering the clip…</source>
        <translation>กำลังสร้างคลิป…</translation>
    </message>
    <message>
        <source>Copied {0}</source>
        <translation>คัดลอกแล้ว {0}</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>เปิดลิงก์ไม่ได้</translation>
    </message>
    <message>
        <source>Not reachable, skipped: {0}</source>
        <translation>เชื่อมต่อไม่ได้ ข้ามไป: {0}</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>เปิดลิงก์</translation>
    </message>
    <message>
        <source>Link (replay://…):</source>
        <translation>ลิงก์ (replay://…):</translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation>{0} เซสชัน</translation>
    </message>
    <message>
        <source>Cannot open session {0}</source>
        <translation>เปิดเซสชัน {0} ไม่ได้</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>A clip of a point tag shows this long before and after it (ms). The hits and events panes&apos; default height under the replay. Share of the window&apos;s height the docked lists get by default (above the floor). The least height a docked pane keeps (its table scrolls below that). Raise ReplayErrors instead of showing them (``--screenshot``: one line, exit 1).</extracomment>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>การตรวจพบ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Saved {0} ({1} frames)</source>
        <translation>บันทึก {0} แล้ว ({1} เฟรม)</translation>
    </message>
    <message>
        <source>Clip cancelled; nothing was saved</source>
        <translation>ยกเลิกคลิปแล้ว ไม่มีการบันทึกไฟล์</translation>
    </message>
    <message>
        <source>Import session files</source>
        <translation>นำเข้าไฟล์เซสชัน</translation>
    </message>
    <message>
        <source>Sessions (*.json *.jsonl *.gz *.csv session_*);;All files (*)</source>
        <translation>เซสชัน (*.json *.jsonl *.gz *.csv session_*);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Import a folder of sessions</source>
        <translation>นำเข้าโฟลเดอร์เซสชัน</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>ชื่อผู้ตรวจทาน</translation>
    </message>
    <message>
        <source>Name written on your tags:</source>
        <translation>ชื่อที่จะบันทึกในแท็กของคุณ:</translation>
    </message>
    <message>
        <source>About replay</source>
        <translation>เกี่ยวกับ replay</translation>
    </message>
    <message>
        <source>{0} of {1} sessions</source>
        <translation>{0} จาก {1} เซสชัน</translation>
    </message>
    <message>
        <source>Computing frustration scores: {0} of {1}</source>
        <translation>กำลังคำนวณคะแนนความหงุดหงิด: {0} จาก {1}</translation>
    </message>
    <message>
        <source>Scores not computed for {0} session(s): {1}</source>
        <translation>คำนวณคะแนนไม่ได้ {0} เซสชัน: {1}</translation>
    </message>
</context>
<context>
    <name>OpenLibraryDialog</name>
    <message>
        <source>Open or create a library</source>
        <translation>เปิดหรือสร้างคลังเซสชัน</translation>
    </message>
    <message>
        <source>A library file on this computer, or a team library on a PostgreSQL server (postgresql://user@host/dbname or postgresql://?service=NAME).</source>
        <translation>ไฟล์คลังเซสชันในเครื่องนี้ หรือคลังของทีมบนเซิร์ฟเวอร์ PostgreSQL (postgresql://user@host/dbname หรือ postgresql://?service=NAME)</translation>
    </message>
    <message>
        <source>library file or postgresql://user@host/dbname</source>
        <translation>ไฟล์คลังเซสชัน หรือ postgresql://user@host/dbname</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <source>No password here: libpq finds it in your service file, ~/.pgpass or the system keyring.</source>
        <translation>ห้ามใส่รหัสผ่านที่นี่: libpq จะหาเองจากไฟล์ service, ~/.pgpass หรือพวงกุญแจของระบบ</translation>
    </message>
    <message>
        <source>A password in the address is refused (it would be stored in the settings): put it in a service file, ~/.pgpass or the system keyring.</source>
        <translation>ไม่รับที่อยู่ที่มีรหัสผ่าน (รหัสผ่านจะถูกเก็บไว้ในการตั้งค่า): ใส่ไว้ในไฟล์ service, ~/.pgpass หรือพวงกุญแจของระบบ</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite *.db *.replay);;All files (*)</source>
        <translation>คลังเซสชัน (*.sqlite *.db *.replay);;ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>The whole session: frustration per moment; click or drag to go there</source>
        <extracomment>Bars are this many pixels wide.</extracomment>
        <translation>ทั้งเซสชัน: ความหงุดหงิดในแต่ละช่วง คลิกหรือลากเพื่อไปที่นั่น</translation>
    </message>
</context>
<context>
    <name>PageLayer</name>
    <message>
        <source>no page was recorded</source>
        <translation>ไม่มีการบันทึกหน้าเว็บ</translation>
    </message>
    <message>
        <source>The page cannot be shown: {0}</source>
        <extracomment>Chromium&apos;s tile size for software raster (cc&apos;s TileSizeCalculator): a layer narrower than 4096 px gets tiles as wide as the layer and 512 px high (a layer smaller than 4096x512 is one tile). The default 256x256 tiles cut a 1366x768 page into ~24 quads, and Chromium&apos;s software compositor (viz, in our process) draws each quad through Skia&apos;s image-shader pipeline; one quad per 512 rows costs it 10-20 % less per seek, the raster the same (measured: docs/pageview.md, &quot;Inside the compositor&apos;s 20 ns a pixel&quot;). Pixels unchanged.</extracomment>
        <translation>ไม่สามารถแสดงหน้าเว็บได้: {0}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own standard button texts (QPlatformTheme). PySide6 ships no qtbase_th.qm, so replay&apos;s own .ts carries these for Thai (Korean and Chinese come from qtbase too).</extracomment>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>{n} {noun} within {span_ms} ms inside {spread_px} px on {target}; {tail}</source>
        <extracomment>The templates of replay.signals.reasons, marked for translation (tests check they match).</extracomment>
        <translation>{noun} {n} ครั้งภายใน {span_ms} ms ในระยะ {spread_px} px บน {target}; {tail}</translation>
    </message>
    <message>
        <source>page response unknown (no DOM data)</source>
        <translation>ไม่ทราบการตอบสนองของหน้า (ไม่มีข้อมูล DOM)</translation>
    </message>
    <message>
        <source>the page answered {answered} of {n} {noun}</source>
        <translation>หน้าตอบสนอง {answered} จาก {n} ครั้งที่{noun}</translation>
    </message>
    <message>
        <source>{noun} on {target} got {silent} (window {window_s} s)</source>
        <translation>{noun}บน {target}: {silent} (ช่วงรอ {window_s} s)</translation>
    </message>
    <message>
        <source>{noun} on {target} was answered only after {delay_ms} ms ({kind}; slow above {slow_ms} ms)</source>
        <translation>{noun}บน {target} ได้รับการตอบสนองหลัง {delay_ms} ms ({kind}; ช้าเมื่อเกิน {slow_ms} ms)</translation>
    </message>
    <message>
        <source>no page response for {seconds} s</source>
        <translation>หน้าไม่ตอบสนองเป็นเวลา {seconds} s</translation>
    </message>
    <message>
        <source>no page response in the remaining {seconds} s of the recording</source>
        <translation>หน้าไม่ตอบสนองตลอด {seconds} s ที่เหลือของการบันทึก</translation>
    </message>
    <message>
        <source>no page change near it, nor any other that could answer it, for {seconds} s</source>
        <translation>ไม่มีการเปลี่ยนแปลงของหน้าใกล้จุดนั้น และไม่มีการเปลี่ยนแปลงอื่นที่อาจเป็นการตอบสนอง เป็นเวลา {seconds} s</translation>
    </message>
    <message>
        <source>click on {target} was followed {delay_ms} ms later by a console error: {message}</source>
        <translation>คลิกบน {target} แล้วเกิดข้อผิดพลาดในคอนโซลตามมาใน {delay_ms} ms: {message}</translation>
    </message>
    <message>
        <source>{nx} horizontal and {ny} vertical direction reversals, {path_px} px of cursor path in {span_ms} ms (mean {speed} px/s)</source>
        <translation>เปลี่ยนทิศทางแนวนอน {nx} ครั้งและแนวตั้ง {ny} ครั้ง เส้นทางเคอร์เซอร์ {path_px} px ใน {span_ms} ms (เฉลี่ย {speed} px/s)</translation>
    </message>
    <message>
        <source>wandering cursor: {path_px} px of path for {straight_px} px of progress (x{ratio}) at {speed} px/s, slower than this session&apos;s median {median} px/s</source>
        <translation>เคอร์เซอร์วนเวียน: เส้นทาง {path_px} px เพื่อไปได้จริง {straight_px} px (x{ratio}) ที่ {speed} px/s ช้ากว่าค่ามัธยฐานของเซสชันนี้ {median} px/s</translation>
    </message>
    <message>
        <source>cursor rested {dwell_ms} ms within {radius_px} px of {target} before clicking</source>
        <translation>เคอร์เซอร์หยุดนิ่ง {dwell_ms} ms ภายใน {radius_px} px จาก {target} ก่อนคลิก</translation>
    </message>
    <message>
        <source>{gap_ms} ms from focusing {target} to the first keystroke</source>
        <translation>{gap_ms} ms จากการโฟกัส {target} จนถึงการกดแป้นครั้งแรก</translation>
    </message>
    <message>
        <source>{n} scroll direction reversals within {span_ms} ms, legs {min_px}-{max_px} px, {travel_px} px scrolled</source>
        <translation>เปลี่ยนทิศทางการเลื่อน {n} ครั้งภายใน {span_ms} ms แต่ละช่วง {min_px}-{max_px} px เลื่อนรวม {travel_px} px</translation>
    </message>
    <message>
        <source>searching up and down: {n} scroll direction reversals within {span_ms} ms, legs {min_px}-{max_px} px, {travel_px} px scrolled</source>
        <translation>ค้นหาขึ้นลง: เปลี่ยนทิศทางการเลื่อน {n} ครั้งภายใน {span_ms} ms แต่ละช่วง {min_px}-{max_px} px เลื่อนรวม {travel_px} px</translation>
    </message>
    <message>
        <source>{n} orientation flips within {span_ms} ms (viewport {sizes})</source>
        <translation>หมุนหน้าจอ {n} ครั้งภายใน {span_ms} ms (วิวพอร์ต {sizes})</translation>
    </message>
    <message>
        <source>clicked {target} to {to} and came back to {back} after {stay_ms} ms</source>
        <translation>คลิก {target} ไปที่ {to} แล้วกลับมาที่ {back} หลัง {stay_ms} ms</translation>
    </message>
    <message>
        <source>navigated to {to} and came back to {back} after {stay_ms} ms</source>
        <translation>ไปที่ {to} แล้วกลับมาที่ {back} หลัง {stay_ms} ms</translation>
    </message>
    <message>
        <source>{page} loaded {n} times within {span_ms} ms</source>
        <translation>{page} โหลด {n} ครั้งภายใน {span_ms} ms</translation>
    </message>
    <message>
        <source>{target} cleared to empty {n} time and retyped ({inputs} inputs over {seconds} s)</source>
        <translation>{target} ถูกล้างจนว่าง {n} ครั้งแล้วพิมพ์ใหม่ (ป้อนข้อมูล {inputs} ครั้งใน {seconds} s)</translation>
    </message>
    <message>
        <source>{target} cleared to empty {n} times and retyped ({inputs} inputs over {seconds} s)</source>
        <translation>{target} ถูกล้างจนว่าง {n} ครั้งแล้วพิมพ์ใหม่ (ป้อนข้อมูล {inputs} ครั้งใน {seconds} s)</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>คลิก</translation>
    </message>
    <message>
        <source>taps</source>
        <translation>แตะ</translation>
    </message>
    <message>
        <source>click</source>
        <translation>คลิก</translation>
    </message>
    <message>
        <source>tap</source>
        <translation>แตะ</translation>
    </message>
    <message>
        <source>mutation</source>
        <translation>หน้าเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>เปลี่ยนหน้า</translation>
    </message>
    <message>
        <source>scroll</source>
        <translation>เลื่อนหน้า</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>เลือกข้อความ</translation>
    </message>
    <message>
        <source>input</source>
        <translation>ป้อนข้อมูล</translation>
    </message>
    <message>
        <source>viewport</source>
        <translation>วิวพอร์ตเปลี่ยน</translation>
    </message>
    <message>
        <source>media</source>
        <translation>สื่อ</translation>
    </message>
    <message>
        <source>late page change</source>
        <translation>หน้าเปลี่ยนช้า</translation>
    </message>
    <message>
        <source>an unknown element</source>
        <translation>องค์ประกอบที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>the recording has no clicks or taps</source>
        <translation>การบันทึกนี้ไม่มีการคลิกหรือแตะ</translation>
    </message>
    <message>
        <source>the recording has no DOM data (no mutations), so whether the page answered a click cannot be seen</source>
        <translation>การบันทึกนี้ไม่มีข้อมูล DOM (ไม่มีการเปลี่ยนแปลงของหน้า) จึงไม่อาจรู้ได้ว่าหน้าตอบสนองต่อการคลิกหรือไม่</translation>
    </message>
    <message>
        <source>no console message was recorded (the rrweb console plugin was not used, or the page logged nothing), so errors after clicks cannot be seen</source>
        <translation>ไม่มีข้อความคอนโซลถูกบันทึกไว้ (ไม่ได้ใช้ปลั๊กอินคอนโซลของ rrweb หรือหน้าเว็บไม่ได้แสดงข้อความใดเลย) จึงมองไม่เห็นข้อผิดพลาดหลังการคลิก</translation>
    </message>
    <message>
        <source>the recording has no pointer positions</source>
        <translation>การบันทึกนี้ไม่มีตำแหน่งตัวชี้</translation>
    </message>
    <message>
        <source>the recording has no clicks or focus events</source>
        <translation>การบันทึกนี้ไม่มีการคลิกหรือการโฟกัส</translation>
    </message>
    <message>
        <source>the recording has no scroll data</source>
        <translation>การบันทึกนี้ไม่มีข้อมูลการเลื่อนหน้า</translation>
    </message>
    <message>
        <source>the recording has no viewport sizes, so rotations cannot be seen</source>
        <translation>การบันทึกนี้ไม่มีขนาดวิวพอร์ต จึงมองไม่เห็นการหมุนหน้าจอ</translation>
    </message>
    <message>
        <source>the recording has no page navigation data</source>
        <translation>การบันทึกนี้ไม่มีข้อมูลการเปลี่ยนหน้า</translation>
    </message>
    <message>
        <source>the recording has no form input data</source>
        <translation>การบันทึกนี้ไม่มีข้อมูลการกรอกฟอร์ม</translation>
    </message>
    <message>
        <source>{n} click in the last {seconds} s of the recording cannot be judged: it ends before the dead-click window does</source>
        <translation>การคลิก {n} ครั้งใน {seconds} s สุดท้ายของการบันทึกตัดสินไม่ได้: การบันทึกจบก่อนช่วงรอของคลิกที่ไม่มีผล</translation>
    </message>
    <message>
        <source>{n} clicks in the last {seconds} s of the recording cannot be judged: it ends before the dead-click window does</source>
        <translation>การคลิก {n} ครั้งใน {seconds} s สุดท้ายของการบันทึกตัดสินไม่ได้: การบันทึกจบก่อนช่วงรอของคลิกที่ไม่มีผล</translation>
    </message>
</context>
<context>
    <name>ReplayCanvas</name>
    <message>
        <source>No session open

Open one from the library with Enter or a double-click,
or import recordings with File ▸ Import files… (Ctrl+O).</source>
        <extracomment>Trail drawn as this many polylines of growing opacity (one QPainter call each). The recorded page at the playhead (``replay.ui.page_view``), drawn under the overlay.</extracomment>
        <translation>ยังไม่ได้เปิดเซสชัน

เปิดเซสชันจากคลังด้วยปุ่ม Enter หรือดับเบิลคลิก
หรือนำเข้าไฟล์บันทึกผ่านเมนู ไฟล์ ▸ นำเข้าไฟล์… (Ctrl+O)</translation>
    </message>
    <message>
        <source>mouse log: screen area {0} × {1} px</source>
        <translation>บันทึกเมาส์: พื้นที่หน้าจอ {0} × {1} px</translation>
    </message>
    <message>
        <source>(no URL recorded yet)</source>
        <translation>(ยังไม่มี URL ที่บันทึกไว้)</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <source>Play / pause</source>
        <extracomment>Left/Right step (issue 5: &quot;step by a frame and by 5 s&quot;).</extracomment>
        <translation>เล่น / หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Play or pause the replay</source>
        <translation>เล่นหรือหยุดการเล่นซ้ำชั่วคราว</translation>
    </message>
    <message>
        <source>Back 5 s</source>
        <translation>ย้อนกลับ 5 วินาที</translation>
    </message>
    <message>
        <source>Step back 5 seconds</source>
        <translation>ย้อนกลับ 5 วินาที</translation>
    </message>
    <message>
        <source>Forward 5 s</source>
        <translation>เดินหน้า 5 วินาที</translation>
    </message>
    <message>
        <source>Step forward 5 seconds</source>
        <translation>เดินหน้า 5 วินาที</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>เฟรมก่อนหน้า</translation>
    </message>
    <message>
        <source>Step back one frame</source>
        <translation>ย้อนกลับหนึ่งเฟรม</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>เฟรมถัดไป</translation>
    </message>
    <message>
        <source>Step forward one frame</source>
        <translation>เดินหน้าหนึ่งเฟรม</translation>
    </message>
    <message>
        <source>Go to start</source>
        <translation>ไปที่จุดเริ่มต้น</translation>
    </message>
    <message>
        <source>Go to the start</source>
        <translation>ไปที่จุดเริ่มต้นของเซสชัน</translation>
    </message>
    <message>
        <source>Go to end</source>
        <translation>ไปที่จุดสิ้นสุด</translation>
    </message>
    <message>
        <source>Go to the end</source>
        <translation>ไปที่จุดสิ้นสุดของเซสชัน</translation>
    </message>
    <message>
        <source>Next spike</source>
        <translation>จุดพุ่งสูงถัดไป</translation>
    </message>
    <message>
        <source>Go to the next frustration spike</source>
        <translation>ไปที่จุดความหงุดหงิดพุ่งสูงถัดไป</translation>
    </message>
    <message>
        <source>Previous spike</source>
        <translation>จุดพุ่งสูงก่อนหน้า</translation>
    </message>
    <message>
        <source>Go to the previous frustration spike</source>
        <translation>ไปที่จุดความหงุดหงิดพุ่งสูงก่อนหน้า</translation>
    </message>
    <message>
        <source>Next untagged spike</source>
        <translation>จุดพุ่งสูงถัดไปที่ยังไม่ได้แท็ก</translation>
    </message>
    <message>
        <source>Go to the next spike with no tag</source>
        <translation>ไปที่จุดพุ่งสูงถัดไปที่ยังไม่มีแท็ก</translation>
    </message>
    <message>
        <source>Range start here</source>
        <translation>เริ่มช่วงตรงนี้</translation>
    </message>
    <message>
        <source>Start the selected range at the playhead</source>
        <translation>เริ่มช่วงที่เลือกที่หัวเล่น</translation>
    </message>
    <message>
        <source>Range end here</source>
        <translation>สิ้นสุดช่วงตรงนี้</translation>
    </message>
    <message>
        <source>End the selected range at the playhead</source>
        <translation>สิ้นสุดช่วงที่เลือกที่หัวเล่น</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>เร็วขึ้น</translation>
    </message>
    <message>
        <source>Play faster</source>
        <translation>เล่นเร็วขึ้น</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>ช้าลง</translation>
    </message>
    <message>
        <source>Play slower</source>
        <translation>เล่นช้าลง</translation>
    </message>
    <message>
        <source>Fit timeline</source>
        <translation>พอดีไทม์ไลน์</translation>
    </message>
    <message>
        <source>Show the whole session in the timelines</source>
        <translation>แสดงทั้งเซสชันในไทม์ไลน์</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ซูมเข้า</translation>
    </message>
    <message>
        <source>Zoom the timelines in around the playhead</source>
        <translation>ซูมไทม์ไลน์เข้ารอบหัวเล่น</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ซูมออก</translation>
    </message>
    <message>
        <source>Zoom the timelines out</source>
        <translation>ซูมไทม์ไลน์ออก</translation>
    </message>
    <message>
        <source>click</source>
        <translation>คลิก</translation>
    </message>
    <message>
        <source>tap</source>
        <translation>แตะ</translation>
    </message>
    <message>
        <source>rage click</source>
        <translation>คลิกรัว</translation>
    </message>
    <message>
        <source>dead click</source>
        <translation>คลิกแล้วไม่มีผล</translation>
    </message>
    <message>
        <source>page change</source>
        <translation>เปลี่ยนหน้า</translation>
    </message>
    <message>
        <source>console error</source>
        <translation>ข้อผิดพลาดคอนโซล</translation>
    </message>
    <message>
        <source>Spike</source>
        <extracomment>The recorded page behind the cursor overlay (rrweb sessions; View ▸ Show page).</extracomment>
        <translation>จุดพุ่งสูง</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>เล่น</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Playback speed (+ / -)</source>
        <translation>ความเร็วในการเล่น (+ / -)</translation>
    </message>
    <message>
        <source>Skip idle</source>
        <translation>ข้ามช่วงว่าง</translation>
    </message>
    <message>
        <source>Play through stretches with no activity quickly</source>
        <translation>เล่นผ่านช่วงที่ไม่มีการใช้งานอย่างรวดเร็ว</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>พอดี</translation>
    </message>
</context>
<context>
    <name>SessionListPanel</name>
    <message>
        <source>Search sessions…</source>
        <translation>ค้นหาเซสชัน…</translation>
    </message>
    <message>
        <source>Words, or filters: signal:rage_click url:*checkout* target:cart category:broken_link_or_button note:text reviewer:name reviewed:yes|no device:mobile format:rrweb since:2026-01-31 until:2026-02-28 score:2..5</source>
        <translation>คำค้น หรือตัวกรอง: signal:rage_click url:*checkout* target:cart category:broken_link_or_button note:ข้อความ reviewer:ชื่อ reviewed:yes|no device:mobile format:rrweb since:2026-01-31 until:2026-02-28 score:2..5</translation>
    </message>
    <message>
        <source>Device filter</source>
        <translation>กรองตามอุปกรณ์</translation>
    </message>
    <message>
        <source>Format filter</source>
        <translation>กรองตามรูปแบบไฟล์</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>ทุกอุปกรณ์</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>ทุกรูปแบบ</translation>
    </message>
    <message>
        <source>No sessions match.</source>
        <translation>ไม่มีเซสชันที่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Source</source>
        <extracomment>The source name is what a reviewer reads the list by: its column keeps room for about this many characters (of a session name) in every UI language; the panel widens instead. File name endings the list leaves out (the format column says it; the tooltip has all).</extracomment>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>ความยาว</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>จุดพุ่งสูง</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>ตรวจทานแล้ว</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>not a problem</source>
        <extracomment>Nielsen&apos;s severity names and descriptions (replay.model.tags.SEVERITY_SCALE).</extracomment>
        <translation>ไม่ใช่ปัญหา</translation>
    </message>
    <message>
        <source>I don&apos;t agree that this is a usability problem at all.</source>
        <translation>ไม่เห็นด้วยว่านี่เป็นปัญหาการใช้งานเลย</translation>
    </message>
    <message>
        <source>cosmetic</source>
        <translation>ด้านความสวยงาม</translation>
    </message>
    <message>
        <source>Cosmetic problem only: need not be fixed unless extra time is available.</source>
        <translation>ปัญหาด้านความสวยงามเท่านั้น ไม่ต้องแก้เว้นแต่มีเวลาเหลือ</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>เล็กน้อย</translation>
    </message>
    <message>
        <source>Minor usability problem: fixing this should be given low priority.</source>
        <translation>ปัญหาการใช้งานเล็กน้อย ควรให้ความสำคัญต่ำในการแก้ไข</translation>
    </message>
    <message>
        <source>major</source>
        <translation>สำคัญ</translation>
    </message>
    <message>
        <source>Major usability problem: important to fix, so should be given high priority.</source>
        <translation>ปัญหาการใช้งานสำคัญ ควรแก้ไขและให้ความสำคัญสูง</translation>
    </message>
    <message>
        <source>catastrophe</source>
        <translation>ร้ายแรงมาก</translation>
    </message>
    <message>
        <source>Usability catastrophe: imperative to fix this before the product can be released.</source>
        <translation>หายนะด้านการใช้งาน ต้องแก้ไขก่อนออกผลิตภัณฑ์</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ปุ่ม</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>การทำงาน</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <source>rage click</source>
        <extracomment>Language code -&gt; its name in that language (as a language menu shows it). The language the source strings are written in: it needs no translator. QLocale names used for dates and numbers of each UI language. The CJK family with each language&apos;s regional glyph forms: a Han character shared by Chinese, Japanese and Korean is drawn differently in each (Noto CJK&apos;s region subsets). What the UI calls each detector&apos;s signal kind (the ids in replay/signals, thresholds.toml). QT_TRANSLATE_NOOP marks them for lupdate; :func:`signal_name` translates them.</extracomment>
        <translation>คลิกรัว</translation>
    </message>
    <message>
        <source>dead click</source>
        <translation>คลิกแล้วไม่มีผล</translation>
    </message>
    <message>
        <source>slow click</source>
        <translation>คลิกแล้วตอบสนองช้า</translation>
    </message>
    <message>
        <source>error click</source>
        <translation>คลิกแล้วเกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>erratic cursor</source>
        <translation>เคอร์เซอร์ส่ายไปมา</translation>
    </message>
    <message>
        <source>cursor confusion</source>
        <translation>เคอร์เซอร์วนหา</translation>
    </message>
    <message>
        <source>hesitation</source>
        <translation>ลังเล</translation>
    </message>
    <message>
        <source>scroll thrash</source>
        <translation>เลื่อนขึ้นลงไปมา</translation>
    </message>
    <message>
        <source>excessive scroll</source>
        <translation>เลื่อนมากเกินไป</translation>
    </message>
    <message>
        <source>repeated rotation</source>
        <translation>หมุนจอซ้ำ ๆ</translation>
    </message>
    <message>
        <source>quick back</source>
        <translation>ย้อนกลับทันที</translation>
    </message>
    <message>
        <source>page loop</source>
        <translation>วนกลับหน้าเดิม</translation>
    </message>
    <message>
        <source>form re-entry</source>
        <translation>กรอกฟอร์มซ้ำ</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>What happened? (any language)</source>
        <translation>เกิดอะไรขึ้น? (พิมพ์ได้ทุกภาษา)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>หมวดหมู่ (&amp;C)</translation>
    </message>
    <message>
        <source>Type to find a category; 0-4 set the severity.</source>
        <translation>พิมพ์เพื่อค้นหาหมวดหมู่ กด 0-4 เพื่อกำหนดความรุนแรง</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>หมายเหตุ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>ผู้ตรวจทาน (&amp;R)</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>&amp;Tag here</source>
        <translation>แท็กตรงนี้ (&amp;T)</translation>
    </message>
    <message>
        <source>Tag &amp;range</source>
        <translation>แท็กช่วงเวลา (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept spike</source>
        <translation>รับจุดพุ่งสูงเป็นแท็ก (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit tag…</source>
        <translation>แก้ไขแท็ก… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete tag</source>
        <translation>ลบแท็ก (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo tag change</source>
        <translation>เลิกทำการเปลี่ยนแท็ก (&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do tag change</source>
        <translation>ทำการเปลี่ยนแท็กซ้ำ (&amp;D)</translation>
    </message>
    <message>
        <source>Tag the moment at the playhead (T)</source>
        <translation>แท็กช่วงเวลาที่หัวเล่นอยู่ (T)</translation>
    </message>
    <message>
        <source>Tag the selected range (Shift+T or R)</source>
        <translation>แท็กช่วงที่เลือก (Shift+T หรือ R)</translation>
    </message>
    <message>
        <source>Accept the current or nearest spike (A)</source>
        <translation>รับจุดพุ่งสูงปัจจุบันหรือที่ใกล้ที่สุดเป็นแท็ก (A)</translation>
    </message>
    <message>
        <source>Tags ({0})</source>
        <translation>แท็ก ({0})</translation>
    </message>
    <message>
        <source>signals: {0}</source>
        <translation>สัญญาณ: {0}</translation>
    </message>
    <message>
        <source>Open a session from the library to see and add its tags.</source>
        <translation>เปิดเซสชันจากคลังเพื่อดูและเพิ่มแท็ก</translation>
    </message>
    <message>
        <source>No tags yet.

T tags the moment at the playhead, A accepts the spike under it, Shift+T tags a range dragged on the timelines.

Every tag is saved at once.</source>
        <translation>ยังไม่มีแท็ก

กด T เพื่อแท็กช่วงเวลาที่หัวเล่นอยู่ กด A เพื่อรับจุดพุ่งสูงตรงนั้นเป็นแท็ก กด Shift+T เพื่อแท็กช่วงที่ลากเลือกบนไทม์ไลน์

ทุกแท็กจะถูกบันทึกทันที</translation>
    </message>
    <message>
        <source>Tag at {0}</source>
        <translation>แท็กที่ {0}</translation>
    </message>
    <message>
        <source>Tag {0}</source>
        <translation>แท็ก {0}</translation>
    </message>
    <message>
        <source>Accept spike {0} ({1})</source>
        <translation>รับจุดพุ่งสูง {0} ({1})</translation>
    </message>
    <message>
        <source>Edit tag {0}</source>
        <translation>แก้ไขแท็ก {0}</translation>
    </message>
    <message>
        <source>Someone else changed this tag</source>
        <translation>มีคนอื่นแก้แท็กนี้แล้ว</translation>
    </message>
    <message>
        <source>Another reviewer changed this tag while you were editing it. Your change was not saved; the list now shows their version.

{0}</source>
        <translation>ผู้รีวิวอีกคนแก้แท็กนี้ขณะที่คุณกำลังแก้อยู่ การแก้ของคุณยังไม่ถูกบันทึก รายการตอนนี้แสดงฉบับของเขา

{0}</translation>
    </message>
    <message>
        <source>Spike {0}: {1}</source>
        <translation>จุดพุ่งสูง {0}: {1}</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Time</source>
        <extracomment>A mnemonic in brackets, as Thai, Korean and Chinese menus write it (&quot;แท็กตรงนี้ (&amp;T)&quot;). A point tag counts as &quot;under the playhead&quot; this long after its moment (ms).</extracomment>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>{0} by {1}
{2}</source>
        <translation>{0} โดย {1}
{2}</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>Te&amp;am</source>
        <translation>ทีม (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>ความสอดคล้อง… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Consensus pass…</source>
        <translation>รอบหาฉันทามติ… (&amp;C)</translation>
    </message>
    <message>
        <source>Detector &amp;calibration…</source>
        <translation>การปรับเทียบตัวตรวจจับ… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Blind mode (hide other reviewers&apos; tags)</source>
        <translation>โหมดปิดตา (ซ่อนแท็กของผู้ตรวจทานคนอื่น) (&amp;B)</translation>
    </message>
    <message>
        <source>Blind mode also hides the &amp;detector&apos;s spikes</source>
        <translation>โหมดปิดตาซ่อนจุดพุ่งสูงของตัวตรวจจับด้วย (&amp;D)</translation>
    </message>
    <message>
        <source>Mark session &amp;done (show everyone&apos;s tags)</source>
        <translation>ทำเครื่องหมายว่าเซสชันเสร็จแล้ว (แสดงแท็กของทุกคน) (&amp;D)</translation>
    </message>
    <message>
        <source>Detector calibration</source>
        <translation>การปรับเทียบตัวตรวจจับ</translation>
    </message>
</context>
<context>
    <name>TimelinesWidget</name>
    <message>
        <source>cursor speed</source>
        <extracomment>The narrowest left axis (tick values such as &quot;1500&quot;); wider when the events lane&apos;s row names need it (&quot;ข้อผิดพลาด&quot; in Thai). Every lane gets the same width, so times line up. Lanes whose tags are drawn as shaded ranges; elsewhere a range shows as its two edges only, so five lanes of shading do not bury the curves. Rows of the events lane. Lanes with a value axis: (step unit, whole steps only). The angle steps by 90°; the events lane names its rows instead.</extracomment>
        <translation>ความเร็วเคอร์เซอร์</translation>
    </message>
    <message>
        <source>px/s</source>
        <translation>px/วินาที</translation>
    </message>
    <message>
        <source>scroll depth</source>
        <translation>ระยะเลื่อนหน้า</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>screen angle</source>
        <translation>มุมหน้าจอ</translation>
    </message>
    <message>
        <source>frustration</source>
        <translation>หงุดหงิด</translation>
    </message>
    <message>
        <source>click</source>
        <translation>คลิก</translation>
    </message>
    <message>
        <source>page</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>no cursor data in this recording</source>
        <translation>ไม่มีข้อมูลเคอร์เซอร์ในบันทึกนี้</translation>
    </message>
    <message>
        <source>no scroll data in this recording</source>
        <translation>ไม่มีข้อมูลการเลื่อนในบันทึกนี้</translation>
    </message>
    <message>
        <source>no rotation in this recording</source>
        <translation>ไม่มีการหมุนหน้าจอในบันทึกนี้</translation>
    </message>
    <message>
        <source>no orientation readings in this recording</source>
        <translation>ไม่มีข้อมูลการวางแนวจอในการบันทึกนี้</translation>
    </message>
    <message>
        <source>no detection result for this session</source>
        <translation>ยังไม่มีผลการตรวจจับสำหรับเซสชันนี้</translation>
    </message>
    <message>
        <source>no console log recorded</source>
        <translation>ไม่ได้บันทึกบันทึกคอนโซล</translation>
    </message>
    <message>
        <source>{0} (severity {1} {2})</source>
        <translation>{0} (ความรุนแรง {1} {2})</translation>
    </message>
</context>
</TS>
