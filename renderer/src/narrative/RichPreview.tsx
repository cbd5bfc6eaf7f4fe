/** Blocks of the report's text as the report prints them: paragraphs, bullets, bold and italic. */
import type { RichBlock } from '../../../core/narrative/richText';

export function RichPreview({ blocks }: { blocks: readonly RichBlock[] }) {
  return (
    <div className="narrative-rich">
      {blocks.map((block, index) => (
        <p key={index} className={block.kind === 'bullet' ? 'narrative-rich-bullet' : undefined}>
          {block.runs.map((run, at) => {
            const text =
              run.bold && run.italic ? (
                <strong>
                  <em>{run.text}</em>
                </strong>
              ) : run.bold ? (
                <strong>{run.text}</strong>
              ) : run.italic ? (
                <em>{run.text}</em>
              ) : (
                run.text
              );
            return <span key={at}>{text}</span>;
          })}
        </p>
      ))}
    </div>
  );
}
