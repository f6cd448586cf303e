<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Reviewer agreement</source>
        <extracomment>(session id, start ms) of a disagreement the user wants to see.</extracomment>
        <translation>검토자 간 일치도</translation>
    </message>
    <message>
        <source>Match &amp;tolerance</source>
        <translation>일치 허용 오차(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>쌍(&amp;P)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen의 κ</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>일치율</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff의 α</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Double-click to open the session at this moment</source>
        <translation>두 번 클릭하면 이 시점의 세션을 엽니다</translation>
    </message>
    <message>
        <source>Reviewers: {0}. Units: {1}. Krippendorff&apos;s α (all reviewers): {2}.</source>
        <translation>검토자: {0}. 단위: {1}. Krippendorff의 α(모든 검토자): {2}.</translation>
    </message>
    <message>
        <source>Presence over {0} ms bins: α {1}.</source>
        <translation>{0} ms 구간별 문제 유무: α {1}.</translation>
    </message>
    <message>
        <source>A tag the other reviewer did not match counts as a disagreement with “none”.</source>
        <translation>다른 검토자와 짝지어지지 않은 태그는 “none”과의 불일치로 셉니다.</translation>
    </message>
    <message>
        <source>{0} vs {1}</source>
        <translation>{0} 대 {1}</translation>
    </message>
    <message>
        <source>Agreement needs two reviewers.</source>
        <translation>일치도를 구하려면 검토자가 두 명 필요합니다.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 범주</translation>
    </message>
    <message>
        <source>Presence (time bins)</source>
        <translation>문제 유무(시간 구간)</translation>
    </message>
    <message>
        <source>Confusion matrix: {0} in rows, {1} in columns ({2} units)</source>
        <translation>혼동 행렬: 행은 {0}, 열은 {1} (단위 {2}개)</translation>
    </message>
    <message>
        <source>Disagreements: {0}</source>
        <translation>불일치: {0}</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Detector calibration</source>
        <translation>감지기 보정</translation>
    </message>
    <message>
        <source>Consensus tags</source>
        <translation>합의 태그</translation>
    </message>
    <message>
        <source>Tags of {0}</source>
        <translation>{0}의 태그</translation>
    </message>
    <message>
        <source>&amp;Truth</source>
        <translation>기준(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Detector</source>
        <translation>감지기(&amp;D)</translation>
    </message>
    <message>
        <source>precision / recall / F1</source>
        <translation>정밀도 / 재현율 / F1</translation>
    </message>
    <message>
        <source>&amp;Apply suggestions to my config…</source>
        <translation>제안값을 내 설정에 적용…(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Sweeping the detectors&apos; thresholds…</source>
        <translation>감지기 임계값을 훑는 중…</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>best F1</source>
        <translation>최고 F1</translation>
    </message>
    <message>
        <source>no suggestion (no value matched a truth tag)</source>
        <translation>제안 없음(기준 태그와 일치한 값이 없음)</translation>
    </message>
    <message>
        <source>suggested {0} (F1 {1})</source>
        <translation>제안 {0} (F1 {1})</translation>
    </message>
    <message>
        <source>Truth: {0} tag(s) in {1} session(s), tolerance {2} ms, config {3}. {4}: now {5}, {6}. Rule: the value with the best F1.</source>
        <translation>기준: 세션 {1}개의 태그 {0}개, 허용 오차 {2} ms, 설정 {3}. {4}: 현재 {5}, {6}. 규칙: F1이 가장 높은 값.</translation>
    </message>
    <message>
        <source>Applied to {0} (config {1}). Run the detectors again to use it.</source>
        <translation>{0}에 적용했습니다(설정 {1}). 적용하려면 감지기를 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Write these thresholds to your config?
{0}</source>
        <translation>이 임계값을 설정에 기록할까요?
{0}</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>Broken link or button</source>
        <extracomment>The default codebook&apos;s labels and descriptions (migration m002), translated while a library keeps them unchanged; a category the team renamed is their data, shown as is.</extracomment>
        <translation>작동하지 않는 링크나 버튼</translation>
    </message>
    <message>
        <source>A link, button or control does nothing, the wrong thing, or leads to an error.</source>
        <translation>링크, 버튼 또는 컨트롤이 아무 동작도 하지 않거나, 잘못 동작하거나, 오류로 이어집니다.</translation>
    </message>
    <message>
        <source>Confusing layout</source>
        <translation>혼란스러운 레이아웃</translation>
    </message>
    <message>
        <source>The user cannot find or understand what is on the screen: hierarchy, labels, placement.</source>
        <translation>사용자가 화면의 내용을 찾거나 이해하지 못합니다: 계층, 레이블, 배치.</translation>
    </message>
    <message>
        <source>Slow response</source>
        <translation>느린 반응</translation>
    </message>
    <message>
        <source>The page or a control reacts too slowly; the user waits, repeats or gives up.</source>
        <translation>페이지나 컨트롤의 반응이 너무 느려 사용자가 기다리거나, 반복하거나, 포기합니다.</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>양식 문제</translation>
    </message>
    <message>
        <source>Filling in a form is hard: validation, unclear fields, lost input, re-entry.</source>
        <translation>양식 작성이 어렵습니다: 유효성 검사, 불분명한 필드, 입력 손실, 재입력.</translation>
    </message>
    <message>
        <source>Content missing</source>
        <translation>콘텐츠 누락</translation>
    </message>
    <message>
        <source>Information the user looks for is absent, empty, or not loaded.</source>
        <translation>사용자가 찾는 정보가 없거나, 비어 있거나, 로드되지 않았습니다.</translation>
    </message>
    <message>
        <source>Navigation problem</source>
        <translation>탐색 문제</translation>
    </message>
    <message>
        <source>The user gets lost, goes back and forth, or cannot reach the page they want.</source>
        <translation>사용자가 길을 잃거나, 왔다 갔다 하거나, 원하는 페이지에 도달하지 못합니다.</translation>
    </message>
    <message>
        <source>Unexpected behaviour</source>
        <translation>예상치 못한 동작</translation>
    </message>
    <message>
        <source>The interface does something the user did not expect (jumps, resets, pop-ups).</source>
        <translation>인터페이스가 사용자가 예상하지 못한 동작을 합니다 (이동, 초기화, 팝업).</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>접근성</translation>
    </message>
    <message>
        <source>Hard to use with a keyboard, screen reader, zoom, small targets or low contrast.</source>
        <translation>키보드, 화면 낭독기, 확대 사용이 어렵거나 대상이 작거나 대비가 낮습니다.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Anything that fits no other category; say what in the note.</source>
        <translation>다른 범주에 맞지 않는 모든 것. 메모에 내용을 적으세요.</translation>
    </message>
</context>
<context>
    <name>ConsensusDialog</name>
    <message>
        <source>Consensus pass</source>
        <extracomment>(session id, start ms) to show in the replay. Emitted after each recorded decision (tags may have changed).</extracomment>
        <translation>합의 검토</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>건너뛰기(&amp;S)</translation>
    </message>
    <message>
        <source>Show in &amp;replay</source>
        <translation>재생에서 보기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Disagreement {0} of {1} ({2} recorded)</source>
        <translation>불일치 {1}개 중 {0}번째 ({2}개 기록됨)</translation>
    </message>
    <message>
        <source>No disagreements left to settle.</source>
        <translation>해결할 불일치가 더 없습니다.</translation>
    </message>
    <message>
        <source>Session #{0}, {1}–{2}</source>
        <translation>세션 #{0}, {1}–{2}</translation>
    </message>
    <message>
        <source>{0} as {1} tagged it</source>
        <translation>{1}이(가) 태그한 {0}</translation>
    </message>
    <message>
        <source>Another category over the whole span:</source>
        <translation>전체 구간에 다른 범주:</translation>
    </message>
    <message>
        <source>No problem here</source>
        <translation>여기는 문제 없음</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>desktop</source>
        <extracomment>What the UI calls each device class (replay.model.session.Device values).</extracomment>
        <translation>데스크톱</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>모바일</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>태블릿</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>click</source>
        <translation>클릭</translation>
    </message>
    <message>
        <source>tap</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>page view</source>
        <translation>페이지 보기</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>console error</source>
        <translation>콘솔 오류</translation>
    </message>
    <message>
        <source>scroll</source>
        <translation>스크롤</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>회전</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>an unknown element</source>
        <translation>알 수 없는 요소</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>선택됨</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>선택 해제됨</translation>
    </message>
    <message>
        <source>{0}: {1} characters</source>
        <translation>{0}: {1}자</translation>
    </message>
    <message>
        <source>{0}: {1} px ({2} → {3} px)</source>
        <translation>{0}: {1} px ({2} → {3} px)</translation>
    </message>
    <message>
        <source>Search events (target, URL, message)…</source>
        <translation>이벤트 검색 (대상, URL, 메시지)…</translation>
    </message>
    <message>
        <source>Show one kind of event only</source>
        <translation>한 종류의 이벤트만 표시</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>모든 이벤트</translation>
    </message>
    <message>
        <source>Follow playhead</source>
        <translation>재생 헤드 따라가기</translation>
    </message>
    <message>
        <source>Select the event at the playhead as the replay plays</source>
        <translation>재생 중 재생 헤드 위치의 이벤트 선택</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{1}개 중 {0}개</translation>
    </message>
    <message>
        <source>Open a session to list its events.</source>
        <translation>세션을 열면 이벤트 목록이 표시됩니다.</translation>
    </message>
    <message>
        <source>This recording has no clicks, inputs or page events.</source>
        <translation>이 녹화에는 클릭, 입력, 페이지 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>No events match the search.</source>
        <translation>검색과 일치하는 이벤트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export findings to CSV</source>
        <translation>발견 사항을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>&amp;This session</source>
        <translation>이 세션(&amp;T)</translation>
    </message>
    <message>
        <source>The &amp;selected sessions ({0})</source>
        <translation>선택한 세션 {0}개(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;All sessions</source>
        <translation>모든 세션(&amp;A)</translation>
    </message>
    <message>
        <source>everyone (e.g. {0})</source>
        <translation>모든 검토자 (예: {0})</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 카테고리</translation>
    </message>
    <message>
        <source>Include untagged detected &amp;spikes</source>
        <translation>태그 없는 감지된 스파이크 포함(&amp;S)</translation>
    </message>
    <message>
        <source>UTF-8 with &amp;BOM (for Excel)</source>
        <translation>BOM 포함 UTF-8 (Excel용)(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기…(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>검토자(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>카테고리(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>내보내지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>{0} rows written to {1}</source>
        <translation>{1}에 {0}개 행을 저장했습니다</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
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
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Enter / double-click</source>
        <translation>Enter / 더블클릭</translation>
    </message>
    <message>
        <source>Open the session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <source>Up / Down, Page Up / Page Down</source>
        <translation>Up / Down, Page Up / Page Down</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>목록에서 이동</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Enter / click</source>
        <translation>Enter / 클릭</translation>
    </message>
    <message>
        <source>Jump to the tag</source>
        <translation>태그로 이동</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the tag (Ctrl+Z brings it back)</source>
        <translation>태그 삭제 (Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <source>Tag editor</source>
        <translation>태그 편집기</translation>
    </message>
    <message>
        <source>type letters</source>
        <translation>글자 입력</translation>
    </message>
    <message>
        <source>Find a category (type-ahead)</source>
        <translation>카테고리 찾기 (입력 즉시 검색)</translation>
    </message>
    <message>
        <source>0 1 2 3 4 (Alt+0..4 anywhere)</source>
        <translation>0 1 2 3 4 (어디서나 Alt+0..4)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Tab, Enter / Ctrl+Enter, Esc</source>
        <translation>Tab, Enter / Ctrl+Enter, Esc</translation>
    </message>
    <message>
        <source>Next field, save, cancel</source>
        <translation>다음 필드, 저장, 취소</translation>
    </message>
    <message>
        <source>&lt;b&gt;replay&lt;/b&gt; {0}&lt;br&gt;Replay recorded user sessions, see where people got frustrated, tag it and export the findings.&lt;br&gt;Sessions stay on this computer.</source>
        <translation>&lt;b&gt;replay&lt;/b&gt; {0}&lt;br&gt;녹화된 사용자 세션을 다시 재생하며 사용자가 불편을 겪은 지점을 찾고, 태그를 달고, 발견 사항을 내보냅니다.&lt;br&gt;세션은 이 컴퓨터에만 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>HitsPane</name>
    <message>
        <source>no console log recorded</source>
        <extracomment>Short, translated reasons a signal cannot be judged (codes of replay.review.hits).</extracomment>
        <translation>콘솔 로그가 녹화되지 않음</translation>
    </message>
    <message>
        <source>no page structure (DOM) recorded</source>
        <translation>페이지 구조(DOM)가 녹화되지 않음</translation>
    </message>
    <message>
        <source>no clicks or taps recorded</source>
        <translation>클릭이나 탭이 녹화되지 않음</translation>
    </message>
    <message>
        <source>no pointer positions recorded</source>
        <translation>포인터 위치가 녹화되지 않음</translation>
    </message>
    <message>
        <source>no form input recorded</source>
        <translation>양식 입력이 녹화되지 않음</translation>
    </message>
    <message>
        <source>no page navigation recorded</source>
        <translation>페이지 이동이 녹화되지 않음</translation>
    </message>
    <message>
        <source>no scrolling recorded</source>
        <translation>스크롤이 녹화되지 않음</translation>
    </message>
    <message>
        <source>no viewport sizes recorded</source>
        <translation>뷰포트 크기가 녹화되지 않음</translation>
    </message>
    <message>
        <source>some clicks are too close to the end of the recording to judge</source>
        <translation>일부 클릭은 녹화 끝에 너무 가까워 판단할 수 없음</translation>
    </message>
    <message>
        <source>not enough data in this recording</source>
        <translation>이 녹화에는 데이터가 부족함</translation>
    </message>
    <message>
        <source>Show the hits of one signal only</source>
        <extracomment>The height the pane asks for under the replay (the main window&apos;s dock default).</extracomment>
        <translation>한 신호의 감지만 표시</translation>
    </message>
    <message>
        <source>Untagged only</source>
        <translation>태그 없는 것만</translation>
    </message>
    <message>
        <source>Hide hits a reviewer&apos;s tag already covers</source>
        <translation>검토자의 태그가 이미 덮은 감지 숨기기</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>신호</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>강도</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>태그됨</translation>
    </message>
    <message>
        <source>All signals</source>
        <translation>모든 신호</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Cannot be judged on this recording:</source>
        <translation>이 녹화로는 판단할 수 없음:</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{1}개 중 {0}개</translation>
    </message>
    <message>
        <source>Open a session to see why its spikes fired.</source>
        <translation>세션을 열면 스파이크가 발생한 이유를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No frustration signal fired in this session.</source>
        <translation>이 세션에서는 불만 신호가 감지되지 않았습니다.</translation>
    </message>
    <message>
        <source>No hits match the filter.</source>
        <translation>필터와 일치하는 감지가 없습니다.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>{0} session(s) imported, {1} already in the library, {2} failed.</source>
        <translation>세션 {0}개를 가져왔습니다. {1}개는 이미 라이브러리에 있고, {2}개는 실패했습니다.</translation>
    </message>
    <message>
        <source>The import was cancelled; the sessions imported before it stay.</source>
        <translation>가져오기가 취소되었습니다. 그 전에 가져온 세션은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <extracomment>Failures listed in the dialog&apos;s text; all of them are in its details.</extracomment>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>… and {0} more (see details)</source>
        <translation>… 외 {0}개 (자세히 보기)</translation>
    </message>
    <message>
        <source>These files were not imported:</source>
        <translation>다음 파일은 가져오지 못했습니다:</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Finding session files…</source>
        <extracomment>What an import run did (the core&apos;s outcome; the name the UI has always used).</extracomment>
        <translation>세션 파일을 찾는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <source>File {0} of {1}: {2}</source>
        <translation>파일 {0}/{1}: {2}</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights across sessions</source>
        <translation>세션 전체 인사이트</translation>
    </message>
    <message>
        <source>Page URL glob, e.g. */checkout*</source>
        <translation>페이지 URL 패턴, 예: */checkout*</translation>
    </message>
    <message>
        <source>* is any text, ? one character; mouse logs have no URL</source>
        <translation>*는 임의의 텍스트, ?는 한 글자; 마우스 로그에는 URL이 없습니다</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>모든 기기</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>데스크톱</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>모바일</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>태블릿</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>모든 범주</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Sessions started on or after this day (UTC)</source>
        <translation>이 날(UTC) 또는 그 이후에 시작된 세션</translation>
    </message>
    <message>
        <source>Sessions started on or before this day (UTC)</source>
        <translation>이 날(UTC) 또는 그 이전에 시작된 세션</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>모든 검토자</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>클릭</translation>
    </message>
    <message>
        <source>Rage clicks</source>
        <translation>분노 클릭</translation>
    </message>
    <message>
        <source>Dead clicks</source>
        <translation>무반응 클릭</translation>
    </message>
    <message>
        <source>Cursor dwell</source>
        <translation>커서 머무름</translation>
    </message>
    <message>
        <source>Scroll reach</source>
        <translation>스크롤 도달</translation>
    </message>
    <message>
        <source>Reviewer tags</source>
        <translation>검토자 태그</translation>
    </message>
    <message>
        <source>Most common width</source>
        <translation>가장 흔한 너비</translation>
    </message>
    <message>
        <source>{0}: {1}-{2} px</source>
        <translation>{0}: {1}-{2} px</translation>
    </message>
    <message>
        <source>{0}: {1} px and wider</source>
        <translation>{0}: {1} px 이상</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>표시(&amp;S)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>기기</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>히트맵</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Frustrated here</source>
        <translation>여기서 좌절</translation>
    </message>
    <message>
        <source>Time on page (median)</source>
        <translation>페이지 체류 시간(중앙값)</translation>
    </message>
    <message>
        <source>Time on page (p90)</source>
        <translation>페이지 체류 시간(p90)</translation>
    </message>
    <message>
        <source>Score (median)</source>
        <translation>점수(중앙값)</translation>
    </message>
    <message>
        <source>Score (p90)</source>
        <translation>점수(p90)</translation>
    </message>
    <message>
        <source>Top signals</source>
        <translation>주요 신호</translation>
    </message>
    <message>
        <source>Top elements</source>
        <translation>주요 요소</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>요소</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>감지 수</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>신호</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>요소</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Save heatmap…</source>
        <translation>히트맵 저장…</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>보고서 저장…</translation>
    </message>
    <message>
        <source>Preparing {0} sessions for insights…</source>
        <translation>인사이트를 위해 세션 {0}개 준비 중…</translation>
    </message>
    <message>
        <source>{0} pages; the busiest was visited in {1} sessions</source>
        <translation>페이지 {0}개; 가장 많이 방문한 페이지는 세션 {1}개</translation>
    </message>
    <message>
        <source>(screen, no URL)</source>
        <translation>(화면, URL 없음)</translation>
    </message>
    <message>
        <source>{0} of {1} sessions have an outcome.</source>
        <translation>세션 {1}개 중 {0}개에 결과가 있습니다.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} 저장됨</translation>
    </message>
    <message>
        <source>Save heatmap</source>
        <translation>히트맵 저장</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>보고서 저장</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>The new language is used the next time replay starts.</source>
        <translation>새 언어는 replay를 다음에 시작할 때 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>파일 가져오기…(&amp;I)</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>폴더 가져오기…(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기…(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;library…</source>
        <translation>라이브러리 열기…(&amp;L)</translation>
    </message>
    <message>
        <source>Open lin&amp;k…</source>
        <translation>링크 열기…(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Copy link to this moment</source>
        <translation>이 순간의 링크 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>Spike keys land on the first &amp;hit</source>
        <translation>스파이크 키는 첫 감지로 이동(&amp;H)</translation>
    </message>
    <message>
        <source>Off: N and P land where the frustration score starts to rise</source>
        <translation>끄면: N과 P가 불만 점수가 오르기 시작하는 곳으로 이동</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>태그(&amp;T)</translation>
    </message>
    <message>
        <source>Mark session &amp;reviewed</source>
        <translation>세션 검토 완료로 표시(&amp;R)</translation>
    </message>
    <message>
        <source>Reviewer &amp;name…</source>
        <translation>검토자 이름…(&amp;N)</translation>
    </message>
    <message>
        <source>Export &amp;clip of this tag…</source>
        <translation>이 태그의 클립 내보내기…(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Go to &amp;library list</source>
        <translation>라이브러리 목록으로 이동(&amp;L)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>라이브러리 검색</translation>
    </message>
    <message>
        <source>Go to &amp;replay</source>
        <translation>리플레이로 이동(&amp;R)</translation>
    </message>
    <message>
        <source>Go to &amp;tags</source>
        <translation>태그로 이동(&amp;T)</translation>
    </message>
    <message>
        <source>Go to &amp;hits</source>
        <translation>감지로 이동(&amp;H)</translation>
    </message>
    <message>
        <source>Go to &amp;events</source>
        <translation>이벤트로 이동(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Insights across sessions…</source>
        <translation>세션 전체 인사이트…(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Previous session</source>
        <translation>이전 세션(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next session</source>
        <translation>다음 세션(&amp;N)</translation>
    </message>
    <message>
        <source>Show the recorded &amp;page</source>
        <translation>녹화된 페이지 표시(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About replay</source>
        <translation>replay 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>라이브러리를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Library: {0}</source>
        <translation>라이브러리: {0}</translation>
    </message>
    <message>
        <source>Cannot export the clip</source>
        <translation>클립을 내보낼 수 없음</translation>
    </message>
    <message>
        <source>Select a tag first</source>
        <translation>먼저 태그를 선택하세요</translation>
    </message>
    <message>
        <source>Export clip of this tag</source>
        <translation>이 태그의 클립 내보내기</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;Animated WebP (*.webp);;Animated GIF (*.gif)</source>
        <translation>MP4 동영상 (*.mp4);;애니메이션 WebP (*.webp);;애니메이션 GIF (*.gif)</translation>
    </message>
    <message>
        <source>Rendering the clip…</source>
        <translation>클립을 만드는 중…</translation>
    </message>
    <message>
        <source>Copied {0}</source>
        <translation>복사됨 {0}</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>링크를 열 수 없음</translation>
    </message>
    <message>
        <source>Not reachable, skipped: {0}</source>
        <translation>연결할 수 없어 건너뜀: {0}</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>링크 열기</translation>
    </message>
    <message>
        <source>Link (replay://…):</source>
        <translation>링크 (replay://…):</translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation>세션 {0}개</translation>
    </message>
    <message>
        <source>Cannot open session {0}</source>
        <translation>세션 {0}을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>A clip of a point tag shows this long before and after it (ms). The hits and events panes&apos; default height under the replay. Share of the window&apos;s height the docked lists get by default (above the floor). The least height a docked pane keeps (its table scrolls below that). Raise ReplayErrors instead of showing them (``--screenshot``: one line, exit 1).</extracomment>
        <translation>태그</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>감지</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Saved {0} ({1} frames)</source>
        <translation>{0} 저장됨 ({1} 프레임)</translation>
    </message>
    <message>
        <source>Clip cancelled; nothing was saved</source>
        <translation>클립이 취소되어 아무것도 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Import session files</source>
        <translation>세션 파일 가져오기</translation>
    </message>
    <message>
        <source>Sessions (*.json *.jsonl *.gz *.csv session_*);;All files (*)</source>
        <translation>세션 (*.json *.jsonl *.gz *.csv session_*);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import a folder of sessions</source>
        <translation>세션 폴더 가져오기</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>검토자 이름</translation>
    </message>
    <message>
        <source>Name written on your tags:</source>
        <translation>태그에 기록될 이름:</translation>
    </message>
    <message>
        <source>About replay</source>
        <translation>replay 정보</translation>
    </message>
    <message>
        <source>{0} of {1} sessions</source>
        <translation>세션 {1}개 중 {0}개</translation>
    </message>
    <message>
        <source>Computing frustration scores: {0} of {1}</source>
        <translation>불만 점수 계산 중: {0}/{1}</translation>
    </message>
    <message>
        <source>Scores not computed for {0} session(s): {1}</source>
        <translation>세션 {0}개의 점수를 계산하지 못했습니다: {1}</translation>
    </message>
</context>
<context>
    <name>OpenLibraryDialog</name>
    <message>
        <source>Open or create a library</source>
        <translation>라이브러리 열기 또는 만들기</translation>
    </message>
    <message>
        <source>A library file on this computer, or a team library on a PostgreSQL server (postgresql://user@host/dbname or postgresql://?service=NAME).</source>
        <translation>이 컴퓨터의 라이브러리 파일 또는 PostgreSQL 서버의 팀 라이브러리 (postgresql://user@host/dbname 또는 postgresql://?service=NAME).</translation>
    </message>
    <message>
        <source>library file or postgresql://user@host/dbname</source>
        <translation>라이브러리 파일 또는 postgresql://user@host/dbname</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>No password here: libpq finds it in your service file, ~/.pgpass or the system keyring.</source>
        <translation>여기에 비밀번호를 넣지 마세요: libpq가 서비스 파일, ~/.pgpass 또는 시스템 키링에서 찾습니다.</translation>
    </message>
    <message>
        <source>A password in the address is refused (it would be stored in the settings): put it in a service file, ~/.pgpass or the system keyring.</source>
        <translation>주소에 든 비밀번호는 거부됩니다 (설정에 저장되기 때문입니다): 서비스 파일, ~/.pgpass 또는 시스템 키링에 넣으세요.</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite *.db *.replay);;All files (*)</source>
        <translation>라이브러리 (*.sqlite *.db *.replay);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>The whole session: frustration per moment; click or drag to go there</source>
        <extracomment>Bars are this many pixels wide.</extracomment>
        <translation>세션 전체: 순간별 불만 정도. 클릭하거나 끌어서 그곳으로 이동</translation>
    </message>
</context>
<context>
    <name>PageLayer</name>
    <message>
        <source>no page was recorded</source>
        <translation>녹화된 페이지가 없습니다</translation>
    </message>
    <message>
        <source>The page cannot be shown: {0}</source>
        <extracomment>Chromium&apos;s tile size for software raster (cc&apos;s TileSizeCalculator): a layer narrower than 4096 px gets tiles as wide as the layer and 512 px high (a layer smaller than 4096x512 is one tile). The default 256x256 tiles cut a 1366x768 page into ~24 quads, and Chromium&apos;s software compositor (viz, in our process) draws each quad through Skia&apos;s image-shader pipeline; one quad per 512 rows costs it 10-20 % less per seek, the raster the same (measured: docs/pageview.md, &quot;Inside the compositor&apos;s 20 ns a pixel&quot;). Pixels unchanged.</extracomment>
        <translation>페이지를 표시할 수 없습니다: {0}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own standard button texts (QPlatformTheme). PySide6 ships no qtbase_th.qm, so replay&apos;s own .ts carries these for Thai (Korean and Chinese come from qtbase too).</extracomment>
        <translation>확인</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>{n} {noun} within {span_ms} ms inside {spread_px} px on {target}; {tail}</source>
        <extracomment>The templates of replay.signals.reasons, marked for translation (tests check they match).</extracomment>
        <translation>{target}에서 {span_ms} ms 안에 {spread_px} px 범위 내 {noun} {n}회; {tail}</translation>
    </message>
    <message>
        <source>page response unknown (no DOM data)</source>
        <translation>페이지 반응 알 수 없음 (DOM 데이터 없음)</translation>
    </message>
    <message>
        <source>the page answered {answered} of {n} {noun}</source>
        <translation>페이지가 {noun} {n}회 중 {answered}회에 반응함</translation>
    </message>
    <message>
        <source>{noun} on {target} got {silent} (window {window_s} s)</source>
        <translation>{target} {noun}: {silent} (대기 구간 {window_s} s)</translation>
    </message>
    <message>
        <source>{noun} on {target} was answered only after {delay_ms} ms ({kind}; slow above {slow_ms} ms)</source>
        <translation>{target} {noun}에 {delay_ms} ms 후에야 반응함 ({kind}; {slow_ms} ms 초과 시 느림)</translation>
    </message>
    <message>
        <source>no page response for {seconds} s</source>
        <translation>{seconds} s 동안 페이지 반응 없음</translation>
    </message>
    <message>
        <source>no page response in the remaining {seconds} s of the recording</source>
        <translation>녹화의 남은 {seconds} s 동안 페이지 반응 없음</translation>
    </message>
    <message>
        <source>no page change near it, nor any other that could answer it, for {seconds} s</source>
        <translation>{seconds} s 동안 그 근처의 페이지 변경도, 반응으로 볼 만한 다른 변경도 없음</translation>
    </message>
    <message>
        <source>click on {target} was followed {delay_ms} ms later by a console error: {message}</source>
        <translation>{target} 클릭 {delay_ms} ms 후 콘솔 오류 발생: {message}</translation>
    </message>
    <message>
        <source>{nx} horizontal and {ny} vertical direction reversals, {path_px} px of cursor path in {span_ms} ms (mean {speed} px/s)</source>
        <translation>가로 방향 전환 {nx}회, 세로 방향 전환 {ny}회, {span_ms} ms 동안 커서 이동 {path_px} px (평균 {speed} px/s)</translation>
    </message>
    <message>
        <source>wandering cursor: {path_px} px of path for {straight_px} px of progress (x{ratio}) at {speed} px/s, slower than this session&apos;s median {median} px/s</source>
        <translation>헤매는 커서: 실제 진행 {straight_px} px에 이동 경로 {path_px} px (x{ratio}), {speed} px/s로 이 세션의 중앙값 {median} px/s보다 느림</translation>
    </message>
    <message>
        <source>cursor rested {dwell_ms} ms within {radius_px} px of {target} before clicking</source>
        <translation>클릭 전 커서가 {target}에서 {radius_px} px 이내에 {dwell_ms} ms 동안 머무름</translation>
    </message>
    <message>
        <source>{gap_ms} ms from focusing {target} to the first keystroke</source>
        <translation>{target}에 포커스한 뒤 첫 키 입력까지 {gap_ms} ms</translation>
    </message>
    <message>
        <source>{n} scroll direction reversals within {span_ms} ms, legs {min_px}-{max_px} px, {travel_px} px scrolled</source>
        <translation>{span_ms} ms 안에 스크롤 방향 전환 {n}회, 구간 {min_px}-{max_px} px, 총 {travel_px} px 스크롤</translation>
    </message>
    <message>
        <source>searching up and down: {n} scroll direction reversals within {span_ms} ms, legs {min_px}-{max_px} px, {travel_px} px scrolled</source>
        <translation>위아래로 찾는 중: {span_ms} ms 안에 스크롤 방향 전환 {n}회, 구간 {min_px}-{max_px} px, 총 {travel_px} px 스크롤</translation>
    </message>
    <message>
        <source>{n} orientation flips within {span_ms} ms (viewport {sizes})</source>
        <translation>{span_ms} ms 안에 화면 방향 전환 {n}회 (뷰포트 {sizes})</translation>
    </message>
    <message>
        <source>clicked {target} to {to} and came back to {back} after {stay_ms} ms</source>
        <translation>{target}을(를) 클릭해 {to}(으)로 갔다가 {stay_ms} ms 후 {back}(으)로 돌아옴</translation>
    </message>
    <message>
        <source>navigated to {to} and came back to {back} after {stay_ms} ms</source>
        <translation>{to}(으)로 이동했다가 {stay_ms} ms 후 {back}(으)로 돌아옴</translation>
    </message>
    <message>
        <source>{page} loaded {n} times within {span_ms} ms</source>
        <translation>{page}이(가) {span_ms} ms 안에 {n}번 로드됨</translation>
    </message>
    <message>
        <source>{target} cleared to empty {n} time and retyped ({inputs} inputs over {seconds} s)</source>
        <translation>{target}을(를) {n}번 비우고 다시 입력함 ({seconds} s 동안 입력 {inputs}회)</translation>
    </message>
    <message>
        <source>{target} cleared to empty {n} times and retyped ({inputs} inputs over {seconds} s)</source>
        <translation>{target}을(를) {n}번 비우고 다시 입력함 ({seconds} s 동안 입력 {inputs}회)</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>클릭</translation>
    </message>
    <message>
        <source>taps</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>click</source>
        <translation>클릭</translation>
    </message>
    <message>
        <source>tap</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>mutation</source>
        <translation>페이지 변경</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>페이지 이동</translation>
    </message>
    <message>
        <source>scroll</source>
        <translation>스크롤</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>텍스트 선택</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>viewport</source>
        <translation>뷰포트 변경</translation>
    </message>
    <message>
        <source>media</source>
        <translation>미디어</translation>
    </message>
    <message>
        <source>late page change</source>
        <translation>늦은 페이지 변경</translation>
    </message>
    <message>
        <source>an unknown element</source>
        <translation>알 수 없는 요소</translation>
    </message>
    <message>
        <source>the recording has no clicks or taps</source>
        <translation>이 녹화에는 클릭이나 탭이 없습니다</translation>
    </message>
    <message>
        <source>the recording has no DOM data (no mutations), so whether the page answered a click cannot be seen</source>
        <translation>이 녹화에는 DOM 데이터(페이지 변경)가 없어 페이지가 클릭에 반응했는지 알 수 없습니다</translation>
    </message>
    <message>
        <source>no console message was recorded (the rrweb console plugin was not used, or the page logged nothing), so errors after clicks cannot be seen</source>
        <translation>기록된 콘솔 메시지가 없어(rrweb 콘솔 플러그인을 쓰지 않았거나 페이지가 아무것도 기록하지 않음) 클릭 후 오류를 볼 수 없습니다</translation>
    </message>
    <message>
        <source>the recording has no pointer positions</source>
        <translation>이 녹화에는 포인터 위치가 없습니다</translation>
    </message>
    <message>
        <source>the recording has no clicks or focus events</source>
        <translation>이 녹화에는 클릭이나 포커스 이벤트가 없습니다</translation>
    </message>
    <message>
        <source>the recording has no scroll data</source>
        <translation>이 녹화에는 스크롤 데이터가 없습니다</translation>
    </message>
    <message>
        <source>the recording has no viewport sizes, so rotations cannot be seen</source>
        <translation>이 녹화에는 뷰포트 크기가 없어 화면 회전을 볼 수 없습니다</translation>
    </message>
    <message>
        <source>the recording has no page navigation data</source>
        <translation>이 녹화에는 페이지 이동 데이터가 없습니다</translation>
    </message>
    <message>
        <source>the recording has no form input data</source>
        <translation>이 녹화에는 양식 입력 데이터가 없습니다</translation>
    </message>
    <message>
        <source>{n} click in the last {seconds} s of the recording cannot be judged: it ends before the dead-click window does</source>
        <translation>녹화 마지막 {seconds} s 안의 클릭 {n}회는 판단할 수 없습니다: 무반응 클릭 대기 구간보다 녹화가 먼저 끝납니다</translation>
    </message>
    <message>
        <source>{n} clicks in the last {seconds} s of the recording cannot be judged: it ends before the dead-click window does</source>
        <translation>녹화 마지막 {seconds} s 안의 클릭 {n}회는 판단할 수 없습니다: 무반응 클릭 대기 구간보다 녹화가 먼저 끝납니다</translation>
    </message>
</context>
<context>
    <name>ReplayCanvas</name>
    <message>
        <source>No session open

Open one from the library with Enter or a double-click,
or import recordings with File ▸ Import files… (Ctrl+O).</source>
        <extracomment>Trail drawn as this many polylines of growing opacity (one QPainter call each). The recorded page at the playhead (``replay.ui.page_view``), drawn under the overlay.</extracomment>
        <translation>열린 세션이 없습니다

라이브러리에서 세션을 골라 Enter를 누르거나 더블클릭하여 여세요.
또는 파일 ▸ 파일 가져오기…(Ctrl+O)로 녹화를 가져오세요.</translation>
    </message>
    <message>
        <source>mouse log: screen area {0} × {1} px</source>
        <translation>마우스 로그: 화면 영역 {0} × {1} px</translation>
    </message>
    <message>
        <source>(no URL recorded yet)</source>
        <translation>(아직 기록된 URL 없음)</translation>
    </message>
</context>
<context>
    <name>ReplayView</name>
    <message>
        <source>Play / pause</source>
        <extracomment>Left/Right step (issue 5: &quot;step by a frame and by 5 s&quot;).</extracomment>
        <translation>재생 / 일시 정지</translation>
    </message>
    <message>
        <source>Play or pause the replay</source>
        <translation>리플레이 재생 또는 일시 정지</translation>
    </message>
    <message>
        <source>Back 5 s</source>
        <translation>5초 뒤로</translation>
    </message>
    <message>
        <source>Step back 5 seconds</source>
        <translation>5초 뒤로 이동</translation>
    </message>
    <message>
        <source>Forward 5 s</source>
        <translation>5초 앞으로</translation>
    </message>
    <message>
        <source>Step forward 5 seconds</source>
        <translation>5초 앞으로 이동</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>이전 프레임</translation>
    </message>
    <message>
        <source>Step back one frame</source>
        <translation>한 프레임 뒤로</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>다음 프레임</translation>
    </message>
    <message>
        <source>Step forward one frame</source>
        <translation>한 프레임 앞으로</translation>
    </message>
    <message>
        <source>Go to start</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Go to the start</source>
        <translation>세션 처음으로 이동</translation>
    </message>
    <message>
        <source>Go to end</source>
        <translation>끝으로</translation>
    </message>
    <message>
        <source>Go to the end</source>
        <translation>세션 끝으로 이동</translation>
    </message>
    <message>
        <source>Next spike</source>
        <translation>다음 스파이크</translation>
    </message>
    <message>
        <source>Go to the next frustration spike</source>
        <translation>다음 불만 스파이크로 이동</translation>
    </message>
    <message>
        <source>Previous spike</source>
        <translation>이전 스파이크</translation>
    </message>
    <message>
        <source>Go to the previous frustration spike</source>
        <translation>이전 불만 스파이크로 이동</translation>
    </message>
    <message>
        <source>Next untagged spike</source>
        <translation>태그 없는 다음 스파이크</translation>
    </message>
    <message>
        <source>Go to the next spike with no tag</source>
        <translation>태그가 없는 다음 스파이크로 이동</translation>
    </message>
    <message>
        <source>Range start here</source>
        <translation>여기서 구간 시작</translation>
    </message>
    <message>
        <source>Start the selected range at the playhead</source>
        <translation>재생 헤드 위치에서 선택 구간 시작</translation>
    </message>
    <message>
        <source>Range end here</source>
        <translation>여기서 구간 끝</translation>
    </message>
    <message>
        <source>End the selected range at the playhead</source>
        <translation>재생 헤드 위치에서 선택 구간 끝</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <source>Play faster</source>
        <translation>더 빠르게 재생</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>느리게</translation>
    </message>
    <message>
        <source>Play slower</source>
        <translation>더 느리게 재생</translation>
    </message>
    <message>
        <source>Fit timeline</source>
        <translation>타임라인 맞춤</translation>
    </message>
    <message>
        <source>Show the whole session in the timelines</source>
        <translation>타임라인에 세션 전체 표시</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom the timelines in around the playhead</source>
        <translation>재생 헤드를 중심으로 타임라인 확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom the timelines out</source>
        <translation>타임라인 축소</translation>
    </message>
    <message>
        <source>click</source>
        <translation>클릭</translation>
    </message>
    <message>
        <source>tap</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>rage click</source>
        <translation>분노 클릭</translation>
    </message>
    <message>
        <source>dead click</source>
        <translation>무반응 클릭</translation>
    </message>
    <message>
        <source>page change</source>
        <translation>페이지 변경</translation>
    </message>
    <message>
        <source>console error</source>
        <translation>콘솔 오류</translation>
    </message>
    <message>
        <source>Spike</source>
        <extracomment>The recorded page behind the cursor overlay (rrweb sessions; View ▸ Show page).</extracomment>
        <translation>스파이크</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Playback speed (+ / -)</source>
        <translation>재생 속도 (+ / -)</translation>
    </message>
    <message>
        <source>Skip idle</source>
        <translation>유휴 구간 건너뛰기</translation>
    </message>
    <message>
        <source>Play through stretches with no activity quickly</source>
        <translation>활동이 없는 구간을 빠르게 재생</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
</context>
<context>
    <name>SessionListPanel</name>
    <message>
        <source>Search sessions…</source>
        <translation>세션 검색…</translation>
    </message>
    <message>
        <source>Words, or filters: signal:rage_click url:*checkout* target:cart category:broken_link_or_button note:text reviewer:name reviewed:yes|no device:mobile format:rrweb since:2026-01-31 until:2026-02-28 score:2..5</source>
        <translation>검색어 또는 필터: signal:rage_click url:*checkout* target:cart category:broken_link_or_button note:텍스트 reviewer:이름 reviewed:yes|no device:mobile format:rrweb since:2026-01-31 until:2026-02-28 score:2..5</translation>
    </message>
    <message>
        <source>Device filter</source>
        <translation>기기 필터</translation>
    </message>
    <message>
        <source>Format filter</source>
        <translation>형식 필터</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>모든 기기</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>모든 형식</translation>
    </message>
    <message>
        <source>No sessions match.</source>
        <translation>일치하는 세션이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Source</source>
        <extracomment>The source name is what a reviewer reads the list by: its column keeps room for about this many characters (of a session name) in every UI language; the panel widens instead. File name endings the list leaves out (the format column says it; the tooltip has all).</extracomment>
        <translation>원본</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>기기</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>스파이크</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>검토 완료</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>not a problem</source>
        <extracomment>Nielsen&apos;s severity names and descriptions (replay.model.tags.SEVERITY_SCALE).</extracomment>
        <translation>문제 아님</translation>
    </message>
    <message>
        <source>I don&apos;t agree that this is a usability problem at all.</source>
        <translation>이것이 사용성 문제라는 데 전혀 동의하지 않습니다.</translation>
    </message>
    <message>
        <source>cosmetic</source>
        <translation>외관상</translation>
    </message>
    <message>
        <source>Cosmetic problem only: need not be fixed unless extra time is available.</source>
        <translation>외관상의 문제일 뿐: 여유 시간이 있을 때만 고치면 됩니다.</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>경미</translation>
    </message>
    <message>
        <source>Minor usability problem: fixing this should be given low priority.</source>
        <translation>경미한 사용성 문제: 수정 우선순위가 낮습니다.</translation>
    </message>
    <message>
        <source>major</source>
        <translation>중대</translation>
    </message>
    <message>
        <source>Major usability problem: important to fix, so should be given high priority.</source>
        <translation>중대한 사용성 문제: 고치는 것이 중요하므로 높은 우선순위를 주어야 합니다.</translation>
    </message>
    <message>
        <source>catastrophe</source>
        <translation>치명적</translation>
    </message>
    <message>
        <source>Usability catastrophe: imperative to fix this before the product can be released.</source>
        <translation>사용성 재앙: 제품 출시 전에 반드시 고쳐야 합니다.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>동작</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <source>rage click</source>
        <extracomment>Language code -&gt; its name in that language (as a language menu shows it). The language the source strings are written in: it needs no translator. QLocale names used for dates and numbers of each UI language. The CJK family with each language&apos;s regional glyph forms: a Han character shared by Chinese, Japanese and Korean is drawn differently in each (Noto CJK&apos;s region subsets). What the UI calls each detector&apos;s signal kind (the ids in replay/signals, thresholds.toml). QT_TRANSLATE_NOOP marks them for lupdate; :func:`signal_name` translates them.</extracomment>
        <translation>분노 클릭</translation>
    </message>
    <message>
        <source>dead click</source>
        <translation>무반응 클릭</translation>
    </message>
    <message>
        <source>slow click</source>
        <translation>느린 반응 클릭</translation>
    </message>
    <message>
        <source>error click</source>
        <translation>오류 클릭</translation>
    </message>
    <message>
        <source>erratic cursor</source>
        <translation>불규칙한 커서</translation>
    </message>
    <message>
        <source>cursor confusion</source>
        <translation>커서 혼란</translation>
    </message>
    <message>
        <source>hesitation</source>
        <translation>망설임</translation>
    </message>
    <message>
        <source>scroll thrash</source>
        <translation>스크롤 반복</translation>
    </message>
    <message>
        <source>excessive scroll</source>
        <translation>과도한 스크롤</translation>
    </message>
    <message>
        <source>repeated rotation</source>
        <translation>반복 화면 회전</translation>
    </message>
    <message>
        <source>quick back</source>
        <translation>빠른 뒤로 가기</translation>
    </message>
    <message>
        <source>page loop</source>
        <translation>페이지 반복 방문</translation>
    </message>
    <message>
        <source>form re-entry</source>
        <translation>양식 재입력</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>What happened? (any language)</source>
        <translation>무슨 일이 있었나요? (어떤 언어든 가능)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>카테고리(&amp;C)</translation>
    </message>
    <message>
        <source>Type to find a category; 0-4 set the severity.</source>
        <translation>입력하여 카테고리를 찾고, 0-4로 심각도를 정합니다.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>검토자(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>&amp;Tag here</source>
        <translation>여기에 태그(&amp;T)</translation>
    </message>
    <message>
        <source>Tag &amp;range</source>
        <translation>구간 태그(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept spike</source>
        <translation>스파이크 수락(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit tag…</source>
        <translation>태그 편집…(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete tag</source>
        <translation>태그 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo tag change</source>
        <translation>태그 변경 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do tag change</source>
        <translation>태그 변경 다시 실행(&amp;D)</translation>
    </message>
    <message>
        <source>Tag the moment at the playhead (T)</source>
        <translation>재생 헤드 위치에 태그 (T)</translation>
    </message>
    <message>
        <source>Tag the selected range (Shift+T or R)</source>
        <translation>선택한 구간에 태그 (Shift+T 또는 R)</translation>
    </message>
    <message>
        <source>Accept the current or nearest spike (A)</source>
        <translation>현재 또는 가장 가까운 스파이크 수락 (A)</translation>
    </message>
    <message>
        <source>Tags ({0})</source>
        <translation>태그 ({0})</translation>
    </message>
    <message>
        <source>signals: {0}</source>
        <translation>신호: {0}</translation>
    </message>
    <message>
        <source>Open a session from the library to see and add its tags.</source>
        <translation>라이브러리에서 세션을 열면 태그를 보고 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>No tags yet.

T tags the moment at the playhead, A accepts the spike under it, Shift+T tags a range dragged on the timelines.

Every tag is saved at once.</source>
        <translation>아직 태그가 없습니다.

T는 재생 헤드 위치에 태그를 달고, A는 그 위치의 스파이크를 수락하며, Shift+T는 타임라인에서 드래그한 구간에 태그를 답니다.

모든 태그는 즉시 저장됩니다.</translation>
    </message>
    <message>
        <source>Tag at {0}</source>
        <translation>{0} 지점 태그</translation>
    </message>
    <message>
        <source>Tag {0}</source>
        <translation>태그 {0}</translation>
    </message>
    <message>
        <source>Accept spike {0} ({1})</source>
        <translation>스파이크 {0} 수락 ({1})</translation>
    </message>
    <message>
        <source>Edit tag {0}</source>
        <translation>태그 {0} 편집</translation>
    </message>
    <message>
        <source>Someone else changed this tag</source>
        <translation>다른 사람이 이 태그를 바꿨습니다</translation>
    </message>
    <message>
        <source>Another reviewer changed this tag while you were editing it. Your change was not saved; the list now shows their version.

{0}</source>
        <translation>편집하는 동안 다른 리뷰어가 이 태그를 바꿨습니다. 내 변경은 저장되지 않았고, 목록에는 이제 그 사람의 버전이 보입니다.

{0}</translation>
    </message>
    <message>
        <source>Spike {0}: {1}</source>
        <translation>스파이크 {0}: {1}</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Time</source>
        <extracomment>A mnemonic in brackets, as Thai, Korean and Chinese menus write it (&quot;แท็กตรงนี้ (&amp;T)&quot;). A point tag counts as &quot;under the playhead&quot; this long after its moment (ms).</extracomment>
        <translation>시간</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>{0} by {1}
{2}</source>
        <translation>{0} · 작성자 {1}
{2}</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>Te&amp;am</source>
        <translation>팀(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>일치도…(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Consensus pass…</source>
        <translation>합의 검토…(&amp;C)</translation>
    </message>
    <message>
        <source>Detector &amp;calibration…</source>
        <translation>감지기 보정…(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Blind mode (hide other reviewers&apos; tags)</source>
        <translation>블라인드 모드(다른 검토자의 태그 숨기기)(&amp;B)</translation>
    </message>
    <message>
        <source>Blind mode also hides the &amp;detector&apos;s spikes</source>
        <translation>블라인드 모드에서 감지기 스파이크도 숨기기(&amp;D)</translation>
    </message>
    <message>
        <source>Mark session &amp;done (show everyone&apos;s tags)</source>
        <translation>세션 완료 표시(모두의 태그 보기)(&amp;D)</translation>
    </message>
    <message>
        <source>Detector calibration</source>
        <translation>감지기 보정</translation>
    </message>
</context>
<context>
    <name>TimelinesWidget</name>
    <message>
        <source>cursor speed</source>
        <extracomment>The narrowest left axis (tick values such as &quot;1500&quot;); wider when the events lane&apos;s row names need it (&quot;ข้อผิดพลาด&quot; in Thai). Every lane gets the same width, so times line up. Lanes whose tags are drawn as shaded ranges; elsewhere a range shows as its two edges only, so five lanes of shading do not bury the curves. Rows of the events lane. Lanes with a value axis: (step unit, whole steps only). The angle steps by 90°; the events lane names its rows instead.</extracomment>
        <translation>커서 속도</translation>
    </message>
    <message>
        <source>px/s</source>
        <translation>px/초</translation>
    </message>
    <message>
        <source>scroll depth</source>
        <translation>스크롤 깊이</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>screen angle</source>
        <translation>화면 각도</translation>
    </message>
    <message>
        <source>frustration</source>
        <translation>불만</translation>
    </message>
    <message>
        <source>click</source>
        <translation>클릭</translation>
    </message>
    <message>
        <source>page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>no cursor data in this recording</source>
        <translation>이 녹화에는 커서 데이터가 없습니다</translation>
    </message>
    <message>
        <source>no scroll data in this recording</source>
        <translation>이 녹화에는 스크롤 데이터가 없습니다</translation>
    </message>
    <message>
        <source>no rotation in this recording</source>
        <translation>이 녹화에는 화면 회전이 없습니다</translation>
    </message>
    <message>
        <source>no orientation readings in this recording</source>
        <translation>이 녹화에는 방향 측정값이 없습니다</translation>
    </message>
    <message>
        <source>no detection result for this session</source>
        <translation>이 세션의 감지 결과가 없습니다</translation>
    </message>
    <message>
        <source>no console log recorded</source>
        <translation>콘솔 로그가 녹화되지 않음</translation>
    </message>
    <message>
        <source>{0} (severity {1} {2})</source>
        <translation>{0} (심각도 {1} {2})</translation>
    </message>
</context>
</TS>
