const pats: Record<string, RegExp> = {
 a: /^(?:please wait|loading(?: video)?\.{0,3}|no media source currently available)$/i,
 b: /\b(?:media playback is (?:unsupported|not supported)|your browser (?:does not|doesn't) support|this video (?:can ?not|cannot) be played)\b/i,
 c: /\b(?:photograph|photo|picture|image|illustration|composite|credit)s?\s*:\s*[^.]{1,80}\/?[^.]{0,40}$/i,
 d: /\((?:[^()]{0,40}\s)?(?:video|photo|photograph|picture|image|file photo|graphic)(?:\s*\/[^()]{0,60})?\)\s*$/i,
 e: /\bcookies?\b.{0,80}\b(?:accept|consent|settings|preferences|policy|use|uses|improve|experience|manage)\b/i,
 f: /^(?:\u{1F441}\uFE0F?|views?|reads?|просмотр\w*)\s*:?\s*[\d\s,.]+[kKmM]?$/iu,
 g: /^(\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+){1,3}) in (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)$/u,
 h: /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Aa]uthor:|[Rr]eporter:|[Bb]y:)\s+([\p{Lu}][\p{L}'\u2019.-]*(?:\s+(?:[\p{Lu}][\p{L}'\u2019.-]*|de|da|van|von|der|al|bin|el|and|&)){0,7}?)(?:\s*(?:,|\||\s-\s|\s\u2013\s|\s\u2014\s|\sin\s)\s*(.{0,80}))?$/u,
 w: /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu,
};
const lines = ["Interrupted Rally", "Activists, however, urged caution.", "The United Nations said snow up to a metre deep had covered pastures in"];
for (const [k, re] of Object.entries(pats)) { for (const l of lines) { let best = Infinity; for (let r = 0; r < 5; r++) { const t = performance.now(); for (let i = 0; i < 2000; i++) { re.lastIndex = 0; re.test(l); } best = Math.min(best, (performance.now() - t) / 2000); } process.stdout.write(`${k}:${(best * 1000).toFixed(2)}us `); } console.log(); }
