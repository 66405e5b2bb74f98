import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, api, type ConcordanceResult, type ReviewEdit, type ReviewFinding, type ReviewUnit, type State } from './api.js';
import { t } from './i18n.js';
import './app.css';

const ROW_HEIGHT = 64;
/** Rows drawn above and below the visible ones, so that scrolling shows no gap. */
const OVERSCAN = 6;

interface Message {
  text: string;
  error: boolean;
  conflict?: boolean;
}

interface Filters {
  rule: string;
  severity: string;
  onlyFlagged: boolean;
}

function App() {
  const [state, setState] = useState<State | undefined>();
  const [selected, setSelected] = useState(0);
  const [message, setMessage] = useState<Message | undefined>();
  const [filters, setFilters] = useState<Filters>({ rule: '', severity: '', onlyFlagged: false });
  const listRef = useRef<HTMLDivElement>(null);

  const latest = useRef(-1);
  const run = useCallback(async (action: () => Promise<State>, done?: string) => {
    try {
      const next = await action();
      latest.current = next.version;
      setState(next);
      setMessage(done === undefined ? undefined : { text: done, error: false });
      if (next.checking) {
        const checked = await api.findings();
        if (checked.version === latest.current) setState((shown) => (shown && shown.version === checked.version ? { ...shown, ...checked } : shown));
      }
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true, conflict: error instanceof ApiError && error.conflict });
    }
  }, []);

  useEffect(() => {
    void run(api.state);
  }, [run]);

  const findings = useMemo(() => (state?.findings ?? []).filter((finding) => (filters.rule === '' || finding.rule === filters.rule) && (filters.severity === '' || finding.severity === filters.severity)), [state, filters]);
  const findingsByUnit = useMemo(() => {
    const byUnit = new Map<number, ReviewFinding[]>();
    for (const finding of findings) byUnit.set(finding.index, [...(byUnit.get(finding.index) ?? []), finding]);
    return byUnit;
  }, [findings]);
  const rows = useMemo(() => {
    const all = (state?.units ?? []).map((_, index) => index);
    return filters.onlyFlagged ? all.filter((index) => findingsByUnit.has(index)) : all;
  }, [state, filters.onlyFlagged, findingsByUnit]);
  const queue = useMemo(() => reviewQueue(state?.units ?? []), [state]);

  const units = state?.units ?? [];
  const current = Math.min(selected, Math.max(0, units.length - 1));
  const unit: ReviewUnit | undefined = units[current];

  const select = useCallback(
    (index: number) => {
      setSelected(index);
      const list = listRef.current;
      const row = rows.indexOf(index);
      if (!list || row === -1) return;
      const top = row * ROW_HEIGHT;
      if (top < list.scrollTop) list.scrollTop = top;
      else if (top + ROW_HEIGHT > list.scrollTop + list.clientHeight) list.scrollTop = top + ROW_HEIGHT - list.clientHeight;
    },
    [rows],
  );

  const edit = useCallback((change: ReviewEdit) => run(() => api.edit(change)), [run]);
  const save = useCallback(() => run(api.save, t('ui.saved', { file: state?.file ?? '' })), [run, state]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const control = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (control && key === 's') {
        event.preventDefault();
        void save();
        return;
      }
      const typing = event.target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName);
      if (typing) return;
      if (control && key === 'z') {
        event.preventDefault();
        void run(event.shiftKey ? api.redo : api.undo);
        return;
      }
      if (control && key === 'y') {
        event.preventDefault();
        void run(api.redo);
        return;
      }
      if (control || event.altKey) return;
      const position = rows.indexOf(current);
      const actions: Record<string, () => void> = {
        arrowdown: () => select(rows[Math.min(rows.length - 1, position + 1)] ?? current),
        j: () => select(rows[Math.min(rows.length - 1, position + 1)] ?? current),
        arrowup: () => select(rows[Math.max(0, position - 1)] ?? current),
        k: () => select(rows[Math.max(0, position - 1)] ?? current),
        n: () => select(queue.find((index) => index > current) ?? queue[0] ?? current),
        m: () => void edit({ op: 'merge', index: current }),
        s: () => document.querySelector<HTMLButtonElement>('[data-testid="split"]')?.click(),
        c: () => void edit({ op: 'confirm', index: current, state: 'reviewed' }),
        u: () => void edit({ op: 'unpair', index: current }),
        e: () => document.querySelector<HTMLTextAreaElement>('[data-testid="target-editor"]')?.focus(),
      };
      const action = actions[key];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rows, current, queue, select, edit, run, save]);

  if (!state) return <div class="loading">{message?.text ?? '…'}</div>;
  const rules = [...new Set(state.findings.map((finding) => finding.rule))].sort();

  return (
    <div class="app">
      <header>
        <h1>{t('ui.title')}</h1>
        <span class="file" title={state.file}>
          {state.file.split(/[\\/]/).pop()}
        </span>
        <span class="counts">
          {t('ui.units', { count: state.units.length })} · {t('ui.findings', { count: state.findings.length })}
        </span>
        {state.checking && <span class="checking" data-testid="checking">{t('ui.checking')}</span>}
        {state.checkError !== undefined && <span class="dirty">{state.checkError}</span>}
        {state.dirty && <span class="dirty">{t('ui.unsaved')}</span>}
        <span class="spacer" />
        <button data-testid="undo" disabled={!state.canUndo} onClick={() => void run(api.undo)}>
          {t('ui.undo')}
        </button>
        <button data-testid="redo" disabled={!state.canRedo} onClick={() => void run(api.redo)}>
          {t('ui.redo')}
        </button>
        <button data-testid="save" class="primary" onClick={() => void save()}>
          {t('ui.save')}
        </button>
      </header>
      {message && (
        <div class={message.error ? 'message error' : 'message'} data-testid="message" role="status">
          {message.text}
          {message.conflict && (
            <button data-testid="reload" onClick={() => void run(api.reload)}>
              {t('ui.reload')}
            </button>
          )}
        </div>
      )}
      <main>
        <section class="list-pane">
          <div class="filters">
            <select data-testid="filter-rule" value={filters.rule} onChange={(event) => setFilters({ ...filters, rule: (event.target as HTMLSelectElement).value })}>
              <option value="">{t('ui.allRules')}</option>
              {rules.map((rule) => (
                <option value={rule}>{rule}</option>
              ))}
            </select>
            <select data-testid="filter-severity" value={filters.severity} onChange={(event) => setFilters({ ...filters, severity: (event.target as HTMLSelectElement).value })}>
              <option value="">{t('ui.allSeverities')}</option>
              {(['error', 'warning', 'info'] as const).map((severity) => (
                <option value={severity}>{t(`ui.severity.${severity}`)}</option>
              ))}
            </select>
            <label>
              <input type="checkbox" data-testid="filter-flagged" checked={filters.onlyFlagged} onChange={(event) => setFilters({ ...filters, onlyFlagged: (event.target as HTMLInputElement).checked })} />
              {t('ui.onlyFlagged')}
            </label>
          </div>
          <BeadList listRef={listRef} rows={rows} units={state.units} findings={findingsByUnit} selected={current} onSelect={select} />
          <p class="keys">{t('ui.keys')}</p>
        </section>
        <aside>
          <Queue queue={queue} units={state.units} selected={current} onSelect={select} />
          {unit ? <Detail key={`${current}:${unit.id}:${targetText(unit)}:${unit.sources.length}:${unit.targets.length}`} index={current} unit={unit} findings={findingsByUnit.get(current) ?? []} edit={edit} run={run} termsFile={state.termsFile} /> : <p>{t('ui.noSelection')}</p>}
          <Concordance onSelect={select} />
        </aside>
      </main>
    </div>
  );
}

/** Units not yet confirmed, lowest score first (unscored last), then in document order. */
function reviewQueue(units: readonly ReviewUnit[]): number[] {
  return units
    .map((unit, index) => ({ unit, index }))
    .filter(({ unit }) => unit.state !== 'reviewed' && unit.state !== 'final')
    .sort((a, b) => (a.unit.score ?? Infinity) - (b.unit.score ?? Infinity) || a.index - b.index)
    .map(({ index }) => index);
}

function targetText(unit: ReviewUnit): string {
  return unit.target ?? (unit.hasTarget ? unit.targets.join(' ') : '');
}

function confidenceClass(score: number | undefined): string {
  if (score === undefined) return 'unscored';
  return score < 0.5 ? 'low' : score < 0.8 ? 'medium' : 'high';
}

interface BeadListProps {
  listRef: { current: HTMLDivElement | null };
  rows: number[];
  units: ReviewUnit[];
  findings: Map<number, ReviewFinding[]>;
  selected: number;
  onSelect: (index: number) => void;
}

/** Only the rows in view are in the DOM: a memory of any size costs the same to show. */
function BeadList({ listRef, rows, units, findings, selected, onSelect }: BeadListProps) {
  const [view, setView] = useState({ top: 0, height: 800 });
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => setView({ top: list.scrollTop, height: list.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    list.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      list.removeEventListener('scroll', measure);
    };
  }, [listRef]);
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  return (
    <div class="list" ref={listRef} data-testid="list">
      <div class="list-body" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
        {rows.slice(first, last).map((index, offset) => {
          const unit = units[index];
          const unitFindings = findings.get(index) ?? [];
          const worst = unitFindings.some((finding) => finding.severity === 'error') ? 'error' : unitFindings.length > 0 ? 'warning' : '';
          return (
            <div
              key={index}
              data-testid="row"
              data-index={index}
              data-unit={unit.id}
              class={`row ${confidenceClass(unit.score)}${index === selected ? ' selected' : ''}`}
              style={{ top: `${(first + offset) * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
              onClick={() => onSelect(index)}
            >
              <div class="meta">
                <span class="id">{unit.id}</span>
                <span class="score">{unit.score?.toFixed(2) ?? '–'}</span>
                <span class="bead">{unit.bead ?? ''}</span>
              </div>
              <div class="text source" lang="zh">
                {unit.sources.join('') || <em>{t('ui.targetOnly')}</em>}
              </div>
              <div class="text target" lang="en">
                {unit.hasTarget ? targetText(unit) : unit.sources.length > 0 ? <em>{t('ui.sourceOnly')}</em> : unit.targets.join(' ')}
              </div>
              <div class="status">
                {unit.state && <span class={`state ${unit.state}`}>{t(`ui.state.${unit.state}`)}</span>}
                {worst && <span class={`badge ${worst}`}>{unitFindings.length}</span>}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function Queue({ queue, units, selected, onSelect }: { queue: number[]; units: ReviewUnit[]; selected: number; onSelect: (index: number) => void }) {
  return (
    <section class="queue">
      <h2>{t('ui.queue')}</h2>
      {queue.length === 0 && <p>{t('ui.queueEmpty')}</p>}
      <ol>
        {queue.slice(0, 12).map((index) => (
          <li key={index}>
            <button data-testid="queue-item" data-index={index} class={`${confidenceClass(units[index].score)}${index === selected ? ' selected' : ''}`} onClick={() => onSelect(index)}>
              <span class="id">{units[index].id}</span> <span class="score">{units[index].score?.toFixed(3) ?? '–'}</span> <span class="bead">{units[index].bead ?? ''}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

interface DetailProps {
  index: number;
  unit: ReviewUnit;
  findings: ReviewFinding[];
  edit: (edit: ReviewEdit) => Promise<void>;
  run: (action: () => Promise<State>, done?: string) => Promise<void>;
  termsFile?: string;
}

function Detail({ index, unit, findings, edit, run, termsFile }: DetailProps) {
  const [split, setSplit] = useState({ source: Math.min(1, unit.sources.length), target: Math.min(1, unit.targets.length) });
  const [target, setTarget] = useState(targetText(unit));
  const [term, setTerm] = useState({ source: '', target: '' });
  const side = (name: 'source' | 'target') => {
    const sentences = name === 'source' ? unit.sources : unit.targets;
    return (
      <div class={`sentences ${name}`} lang={name === 'source' ? 'zh' : 'en'}>
        <h3>{t(`ui.${name}`)}</h3>
        <SplitMark active={split[name] === 0} onClick={() => setSplit({ ...split, [name]: 0 })} testid={`split-${name}-0`} />
        {sentences.map((sentence, position) => (
          <div key={position}>
            <div class="sentence">
              <span>{sentence}</span>
              {unit.aligned && position === 0 && (
                <button class="small" title={t('ui.movePrevious')} data-testid={`move-previous-${name}`} onClick={() => void edit({ op: 'move', index, side: name, to: 'previous' })}>
                  ↑
                </button>
              )}
              {unit.aligned && position === sentences.length - 1 && (
                <button class="small" title={t('ui.moveNext')} data-testid={`move-next-${name}`} onClick={() => void edit({ op: 'move', index, side: name, to: 'next' })}>
                  ↓
                </button>
              )}
            </div>
            <SplitMark active={split[name] === position + 1} onClick={() => setSplit({ ...split, [name]: position + 1 })} testid={`split-${name}-${position + 1}`} />
          </div>
        ))}
      </div>
    );
  };
  return (
    <section class="detail" data-testid="detail" data-unit={unit.id}>
      <h2>
        {unit.id} <span class={`score ${confidenceClass(unit.score)}`}>{unit.score?.toFixed(3) ?? ''}</span> {unit.bead ?? ''} {unit.state && <span class={`state ${unit.state}`}>{t(`ui.state.${unit.state}`)}</span>}
      </h2>
      <div class="actions">
        <button data-testid="merge" disabled={!unit.aligned} onClick={() => void edit({ op: 'merge', index })}>
          {t('ui.merge')}
        </button>
        <button data-testid="split" disabled={!unit.aligned} onClick={() => void edit({ op: 'split', index, ...split })}>
          {t('ui.split')}
        </button>
        <button data-testid="unpair" disabled={!unit.aligned} onClick={() => void edit({ op: 'unpair', index })}>
          {t('ui.unpair')}
        </button>
        <button data-testid="confirm" class="primary" disabled={!unit.hasTarget} onClick={() => void edit({ op: 'confirm', index, state: 'reviewed' })}>
          {t('ui.confirm')}
        </button>
        <button data-testid="confirm-final" disabled={!unit.hasTarget} onClick={() => void edit({ op: 'confirm', index, state: 'final' })}>
          {t('ui.confirmFinal')}
        </button>
      </div>
      <div class="sides">
        {side('source')}
        {side('target')}
      </div>
      <label class="editor">
        {t('ui.editTarget')}
        <textarea data-testid="target-editor" value={target} lang="en" onInput={(event) => setTarget((event.target as HTMLTextAreaElement).value)} />
      </label>
      <button data-testid="apply-edit" disabled={target === targetText(unit)} onClick={() => void edit({ op: 'target', index, text: target })}>
        {t('ui.applyEdit')}
      </button>
      <h3>{t('ui.findingsTitle')}</h3>
      {findings.length === 0 && <p class="none">{t('ui.noFindings')}</p>}
      <ul class="findings">
        {findings.map((finding) => (
          <li class={finding.severity} data-testid="finding" data-rule={finding.rule}>
            <span class={`badge ${finding.severity}`}>{t(`ui.severity.${finding.severity}`)}</span> <span class="rule">{finding.rule}</span> {finding.message}
            {finding.expected !== undefined && finding.found !== undefined && (
              <button data-testid="apply-finding" onClick={() => void edit({ op: 'replace', index, found: finding.found!, expected: finding.expected! })}>
                {t('ui.apply', { expected: finding.expected })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {termsFile !== undefined && (
        <form
          class="term"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => api.addTerm(term.source, term.target), t('ui.termAdded', { file: termsFile }));
          }}
        >
          <h3>{t('ui.addTerm')}</h3>
          <input data-testid="term-source" placeholder={t('ui.sourceTerm')} value={term.source} lang="zh" onInput={(event) => setTerm({ ...term, source: (event.target as HTMLInputElement).value })} />
          <input data-testid="term-target" placeholder={t('ui.targetTerm')} value={term.target} lang="en" onInput={(event) => setTerm({ ...term, target: (event.target as HTMLInputElement).value })} />
          <button data-testid="add-term" type="submit">
            {t('ui.addTerm')}
          </button>
        </form>
      )}
    </section>
  );
}

function SplitMark({ active, onClick, testid }: { active: boolean; onClick: () => void; testid: string }) {
  return <button class={`split-mark${active ? ' active' : ''}`} title={t('ui.splitHere')} data-testid={testid} onClick={onClick} />;
}

function Concordance({ onSelect }: { onSelect: (index: number) => void }) {
  const [query, setQuery] = useState('');
  const [side, setSide] = useState('both');
  const [hits, setHits] = useState<ConcordanceResult[] | undefined>();
  const search = async (event: Event) => {
    event.preventDefault();
    setHits(query.trim() === '' ? undefined : (await api.concordance(query, side)).hits);
  };
  return (
    <section class="concordance">
      <h2>{t('ui.search')}</h2>
      <form onSubmit={(event) => void search(event)}>
        <input data-testid="search" type="search" value={query} onInput={(event) => setQuery((event.target as HTMLInputElement).value)} />
        <select value={side} onChange={(event) => setSide((event.target as HTMLSelectElement).value)}>
          <option value="both">{t('ui.searchBoth')}</option>
          <option value="source">{t('ui.searchSource')}</option>
          <option value="target">{t('ui.searchTarget')}</option>
        </select>
        <button type="submit">{t('ui.search')}</button>
      </form>
      {hits && <p>{t('ui.hits', { count: hits.length })}</p>}
      <ul>
        {(hits ?? []).map((hit) => (
          <li>
            <button class="hit" data-testid="hit" data-index={hit.index} onClick={() => hit.index >= 0 && onSelect(hit.index)}>
              {hit.before}
              <mark>{hit.match}</mark>
              {hit.after}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

render(<App />, document.getElementById('app')!);
