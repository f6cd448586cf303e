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
        <extracomment>Raise ReplayErrors instead of showing them (``--screenshot``: one line, exit 1).</extracomment>
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
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
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
        <source>{0} sessions</source>
        <translation>세션 {0}개</translation>
    </message>
    <message>
        <source>Cannot open session {0}</source>
        <translation>세션 {0}을(를) 열 수 없습니다</translation>
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
        <source>Open or create a library</source>
        <translation>라이브러리 열기 또는 만들기</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite *.db);;All files (*)</source>
        <translation>라이브러리 (*.sqlite *.db);;모든 파일 (*)</translation>
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
        <source>Computing frustration scores: {0} of {1}</source>
        <translation>불만 점수 계산 중: {0}/{1}</translation>
    </message>
    <message>
        <source>Scores not computed for {0} session(s): {1}</source>
        <translation>세션 {0}개의 점수를 계산하지 못했습니다: {1}</translation>
    </message>
</context>
<context>
    <name>ReplayCanvas</name>
    <message>
        <source>No session open

Open one from the library with Enter or a double-click,
or import recordings with File ▸ Import files… (Ctrl+O).</source>
        <extracomment>Trail drawn as this many polylines of growing opacity (one QPainter call each).</extracomment>
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
        <source>‹ Spike</source>
        <translation>‹ 스파이크</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 재생</translation>
    </message>
    <message>
        <source>Spike ›</source>
        <translation>스파이크 ›</translation>
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
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ 일시 정지</translation>
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
        <extracomment>The narrowest left axis (tick values such as &quot;1500&quot;); wider when the events lane&apos;s row names need it (&quot;ข้อผิดพลาด&quot; in Thai). Every lane gets the same width, so times line up. Lanes whose tags are drawn as shaded ranges; elsewhere a range shows as its two edges only, so five lanes of shading do not bury the curves. Rows of the events lane.</extracomment>
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
        <source>no detection result for this session</source>
        <translation>이 세션의 감지 결과가 없습니다</translation>
    </message>
</context>
</TS>
