// Decomposed Unicode. Text pasted from some PDF tools is NFD ("e" + U+0302 + U+0301);
// every pattern in this folder is written in NFC, so such text is composed first and the
// offsets are mapped back to the caller's string.

interface Source {
  text: string;
  toInput: (offset: number) => number;
}

function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

function hasCombiningMarks(input: string): boolean {
  for (let i = 0; i < input.length; i++) if (isCombiningMark(input.charCodeAt(i))) return true;
  return false;
}

export function composed(input: string): Source {
  if (!hasCombiningMarks(input)) return { text: input, toInput: (offset) => offset };
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < input.length) {
    let j = i + 1;
    while (j < input.length && isCombiningMark(input.charCodeAt(j))) j++;
    const cluster = input.slice(i, j).normalize('NFC');
    parts.push(cluster);
    for (let k = 0; k < cluster.length; k++) map.push(i);
    i = j;
  }
  map.push(input.length);
  return { text: parts.join(''), toInput: (offset) => map[offset] ?? input.length };
}
