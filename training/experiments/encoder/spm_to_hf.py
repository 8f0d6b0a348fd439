"""Writes the sentencepiece Unigram vocabulary as a Hugging Face `tokenizer.json` and checks that a plain re-implementation
of that JSON's pipeline segments text exactly like the training code (corpus.encode_words).
  /usr/bin/python3 training/experiments/encoder/spm_to_hf.py   -> .work/encoder/tokenizer.json

Pipeline (the same as corpus.encode_words, which segments each NER token separately):
  normalizer  Replace(\\s+ -> ' ')         (no Unicode normalisation, case kept)
  pre-tok     Metaspace('▁', prepend_scheme 'always', split) then Split on
              ▁?[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*|▁?[^▁]   (isolated): features.tokenize's words and single symbols,
              each carrying '▁' when whitespace (or the text start) precedes it
  model       Unigram (Viterbi on piece log-probabilities, unknown characters -> UTF-8 byte pieces <0xNN>)
Special ids: <pad>=0 <unk>=1 <s>=2 </s>=3 [MASK]=4 (the model input is <s> pieces </s>; no post-processor is written)."""

import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from corpus import WORK, _import, encode_words  # noqa: E402

SPLIT = '▁?[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*|▁?[^▁]'


def convert(sp):
    vocab, added = [], []
    for i in range(sp.get_piece_size()):
        p = sp.id_to_piece(i)
        vocab.append([p, float(sp.get_score(i))])
        if sp.is_control(i) or sp.is_unknown(i) or p == '[MASK]':
            added.append({'id': i, 'content': p, 'single_word': False, 'lstrip': False, 'rstrip': False,
                          'normalized': False, 'special': True})
    return {
        'version': '1.0', 'truncation': None, 'padding': None, 'added_tokens': added,
        'normalizer': {'type': 'Replace', 'pattern': {'Regex': '\\s+'}, 'content': ' '},
        'pre_tokenizer': {'type': 'Sequence', 'pretokenizers': [
            {'type': 'Metaspace', 'replacement': '▁', 'prepend_scheme': 'always', 'split': True},
            {'type': 'Split', 'pattern': {'Regex': SPLIT}, 'behavior': 'Isolated', 'invert': False},
        ]},
        'post_processor': None,
        'decoder': {'type': 'Metaspace', 'replacement': '▁', 'prepend_scheme': 'always', 'split': True},
        'model': {'type': 'Unigram', 'unk_id': sp.unk_id(), 'vocab': vocab, 'byte_fallback': True},
    }


class Reference:
    """Plain re-implementation of the tokenizer.json pipeline above (for the check; the TypeScript port would follow it)."""

    def __init__(self, tj):
        vocab = tj['model']['vocab']
        special = {a['content'] for a in tj['added_tokens']}
        self.piece = {p: (i, s) for i, (p, s) in enumerate(vocab) if p not in special and not p.startswith('<0x')}
        self.byte = {p: i for i, (p, _s) in enumerate(vocab) if p.startswith('<0x') and len(p) == 6}
        self.unk_score = min(s for _p, s in vocab) - 10.0
        self.maxlen = max(len(p) for p in self.piece)

    def words(self, text):
        text = ' '.join(text.split())  # \s+ -> ' ' (also trims, as the NER tokenizer ignores outer space)
        out, i = [], 0
        while i < len(text):
            lead = ''
            if text[i] == ' ':
                lead, i = '▁', i + 1
            elif i == 0:
                lead = '▁'
            c = text[i]
            j = i + 1
            if unicodedata.category(c)[0] in 'LN':
                while j < len(text) and unicodedata.category(text[j])[0] in 'LNM':
                    j += 1
            out.append(lead + text[i:j])
            i = j
        return out

    def encode_word(self, w):
        n = len(w)
        best = [(-1e18, None, None)] * (n + 1)
        best[0] = (0.0, None, None)
        for i in range(n):
            if best[i][0] <= -1e17:
                continue
            hit = False
            for j in range(i + 1, min(n, i + self.maxlen) + 1):
                e = self.piece.get(w[i:j])
                if e is not None:
                    hit = True
                    sc = best[i][0] + e[1]
                    if sc > best[j][0]:
                        best[j] = (sc, i, e[0])
            if not hit or best[i + 1][0] <= -1e17:
                sc = best[i][0] + self.unk_score
                if sc > best[i + 1][0]:
                    best[i + 1] = (sc, i, None)
        ids, j = [], n
        while j > 0:
            _s, i, pid = best[j]
            if pid is None:
                ids = [self.byte[f'<0x{b:02X}>'] for b in w[i:j].encode('utf-8')] + ids
            else:
                ids = [pid] + ids
            j = i
        return ids

    def encode(self, text):
        return [i for w in self.words(text) for i in self.encode_word(w)]


def main():
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=os.path.join(WORK, 'spm.model'))
    tj = convert(sp)
    path = os.path.join(WORK, 'tokenizer.json')
    json.dump(tj, open(path, 'w', encoding='utf-8'), ensure_ascii=False)
    print('wrote', path, os.path.getsize(path), 'bytes')
    (tokenize,) = _import('ner', [('features', 'tokenize')])
    ref = Reference(json.load(open(path, encoding='utf-8')))
    lines = [x.rstrip('\n') for x in open(os.path.join(WORK, 'heldout.txt'), encoding='utf-8')][:3000]
    lines += ['Hey @john_smith, meet me in Berlin tomorrow!! 😂', 'ich wohne in münchen', '北京欢迎你', 'a  b\tc\nd']
    bad = 0
    for t in lines:
        a, b = encode_words(sp, t, tokenize)[0], ref.encode(t)
        if a != b:
            bad += 1
            if bad <= 5:
                print('MISMATCH', repr(t[:80]), [sp.id_to_piece(i) for i in a][:20], [sp.id_to_piece(i) for i in b][:20])
    print(f'{len(lines) - bad}/{len(lines)} texts segmented identically')


if __name__ == '__main__':
    main()
