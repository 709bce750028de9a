// Owns escaping text for SVG/XML: labels are data, so `<script>` in a label must stay the literal characters.

/** Whether one UTF-16 code unit may stand in XML 1.0 text (surrogates are judged in pairs by the caller). */
function legalUnit(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

/** Replaces what XML 1.0 forbids anywhere (most C0 controls, lone surrogates, U+FFFE/U+FFFF) with U+FFFD. */
export function legalXmlText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
      } else out += '\uFFFD';
    } else if (code >= 0xdc00 && code <= 0xdfff) out += '\uFFFD';
    else out += legalUnit(code) ? text.charAt(i) : '\uFFFD';
  }
  return out;
}

/** Escapes text for use as element content or a quoted attribute value. */
export function escapeXml(text: string): string {
  return legalXmlText(text)

    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Formats a number for an SVG attribute: short, no exponent, no "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Builds `<name a="v" …>` with every attribute value escaped; `children` is already-escaped markup. */
export function element(
  name: string,
  attributes: Record<string, string | number | undefined>,
  children?: string,
): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(String(v))}"`)
    .join('');
  return children === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`;
}
