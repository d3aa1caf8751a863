/**
 * Text that arrives in chunks, cut into lines. A line longer than one chunk is kept as its pieces and joined once,
 * when its end arrives: `(rest + chunk).split('\n')` copies the whole unfinished line again with every chunk, which
 * is quadratic in its length (a 50 MB answer in a journal line took minutes).
 */
export class LineSplitter {
  private pieces: string[] = [];

  /** The lines `chunk` completes, without their line breaks. */
  push(chunk: string): string[] {
    const lines: string[] = [];
    let start = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      this.pieces.push(chunk.slice(start, end));
      lines.push(this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join(''));
      this.pieces = [];
      start = end + 1;
    }
    if (start < chunk.length) this.pieces.push(chunk.slice(start));
    return lines;
  }

  /** The text after the last line break so far (a line not finished yet). */
  rest(): string {
    return this.pieces.join('');
  }
}
