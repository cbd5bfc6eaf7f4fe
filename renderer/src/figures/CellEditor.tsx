export interface EditorHandlers {
  onChange: (text: string) => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLInputElement>) => void;
  onBlur: () => void;
}

/** The input over the cell being edited; the grid's own mouse handlers must not see clicks inside it. */
export function CellEditor({ text, handlers, label }: { text: string; handlers: EditorHandlers; label: string }) {
  return (
    <input
      className="fg-input"
      value={text}
      aria-label={label}
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      ref={(input) => {
        if (input && document.activeElement !== input) {
          input.focus({ preventScroll: true });
          input.setSelectionRange(input.value.length, input.value.length);
        }
      }}
      onChange={(event) => handlers.onChange(event.target.value)}
      onKeyDown={handlers.onKeyDown}
      onBlur={handlers.onBlur}
      onMouseDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  );
}
