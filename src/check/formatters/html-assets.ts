/** The HTML report's inline style sheet: readable CJK and Latin text, severity colours, a sticky filter bar. */
export const HTML_STYLE = `
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1d1d1f;background:#f7f7f8}
header{padding:12px 24px;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0;z-index:1}
h1{font-size:20px;margin:0 0 6px}
h2{font-size:16px;margin:0 0 6px}
.summary span{margin-right:16px}
.filters{margin-top:6px}
.filters fieldset{display:inline-block;border:1px solid #ddd;border-radius:4px;margin:0 12px 4px 0;padding:2px 8px}
.filters legend{font-size:12px;color:#666}
.filters label{margin-right:12px;white-space:nowrap}
main{padding:16px 24px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #e2e2e2;padding:8px;vertical-align:top;text-align:left}
th{background:#f0f0f2}
td.unit{width:10%;font-size:13px;word-break:break-all}
td.source,td.target{width:30%}
td.findings ul,.failures ul{margin:0;padding-left:18px}
.file{color:#555;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
mark{border-radius:2px;padding:0 1px}
mark.error{background:#ffd2d2}mark.warning{background:#ffeaa0}mark.info{background:#d2e8ff}
.finding{margin:2px 0;font-size:13px}
.finding .rule{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;color:#666}
.form .label{color:#666;font-size:12px}
del{color:#b00020}ins{color:#1b5e20;text-decoration:none;font-weight:600}
.sev{font-weight:600}
.sev.error{color:#b00020}.sev.warning{color:#8a6d00}.sev.info{color:#005a9c}
.missing{color:#b00020}
.clean{color:#2e7d32;font-weight:600}
.failures{background:#fff0f0;border:1px solid #f3c1c1;padding:8px 12px;margin-bottom:12px}
.hidden{display:none}
`;

/**
 * The filters, without a server: a finding shows when its severity and its rule are both ticked;
 * a unit row when one of its findings shows, or when it is clean and clean units are asked for.
 */
export const HTML_SCRIPT = `
(function(){
  var boxes=[].slice.call(document.querySelectorAll('.filters input[value]'));
  var showClean=document.getElementById('show-clean');
  function apply(){
    var on={};
    boxes.forEach(function(box){on[box.value]=box.checked;});
    document.querySelectorAll('.finding').forEach(function(item){
      item.classList.toggle('hidden',!(on['severity:'+item.dataset.severity]&&on['rule:'+item.dataset.rule]));
    });
    var shown=0;
    document.querySelectorAll('tbody tr').forEach(function(row){
      var visible=row.dataset.clean==='1'?showClean.checked:row.querySelector('.finding:not(.hidden)')!==null;
      row.classList.toggle('hidden',!visible);
      if(visible)shown++;
    });
    document.querySelector('.none').hidden=shown>0;
  }
  boxes.concat([showClean]).forEach(function(box){box.addEventListener('change',apply);});
  apply();
})();
`;
