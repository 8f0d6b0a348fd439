"""No-entity probe: ordinary chat prompts (hand-written for this probe, not used in training) on which every predicted
span is a false positive. Reports spans per 100 prompts, overall and per language.
Usage: probe.py <checkpoint.pt> (or import probe_rate)."""

import sys

PROBE = {
    'en': [
        'can you summarise this article for me', 'write a short joke about cats', 'Translate this paragraph into French please',
        'what is the difference between a list and a tuple', 'give me three ideas for a birthday party',
        'Explain quantum computing like I am five', 'fix the grammar in this email', 'how do I boil an egg',
        'Summarize the following text in two sentences:', 'make this sound more polite', 'write a haiku about autumn rain',
        'list five healthy breakfast options', 'What are the pros and cons of remote work?', 'rewrite this in plain english',
        'help me plan a weekly workout routine', 'can u make it shorter pls', 'Draft a cover letter for a junior developer role',
        'why is the sky blue', 'tell me a fun fact about octopuses 🐙', 'what should i cook tonight',
        'Convert 5 miles to kilometers', 'generate a random password with 12 characters', 'is coffee bad for your heart?',
        'Write A Short Story About A Lost Dog', 'suggest a name for my new bakery', 'how many calories are in a banana',
        'explain recursion with an example', 'proofread my essay and point out mistakes', 'give me a recipe for pancakes',
        'What Is The Capital Of The Moon lol', 'please respond only in bullet points', 'I need a motivational quote for monday',
        'compare electric cars and hybrid cars', 'create a shopping list for a picnic', 'how do i center a div in css',
        'make a table of the planets and their moons', 'SUMMARISE THE MEETING NOTES BELOW', 'write a limerick about a sleepy frog',
        'whats a good book to read on vacation', 'Describe the water cycle for a school project', 'help me write a thank you note',
        'how can i improve my sleep', 'Turn these notes into a professional email', 'what does this error message mean',
        'give me feedback on my resume', 'explain the rules of chess briefly', 'can you check my math homework',
        'brainstorm slogans for a lemonade stand', 'Write a product description for a wooden chair', 'what time zone should i use',
        'short joke please 😂', 'summarise this', 'outline a presentation about climate change',
        'the meeting was moved to tuesday afternoon', 'my manager asked me to finish the report by friday',
        'Thanks! That was really helpful.', 'ok that works, now make it funnier', 'Can You Explain Machine Learning Simply',
        'write python code to sort a list of numbers', 'what is a good name for a cat', 'translate good morning into spanish',
        'rewrite the intro so it grabs attention', 'How Do Vaccines Work', 'create a study plan for the final exams',
        'tell me something interesting about space', 'i feel tired all the time what can i do',
        'Please act as a friendly customer support agent', 'write a tweet announcing our summer sale',
        'what are some easy houseplants for beginners', 'Explain inflation in simple terms', 'give me a riddle and the answer',
        'format this as a markdown table', 'my code throws a null pointer exception help', 'Write an apology email to a customer',
        'what is the best way to learn guitar', 'make a to do list for moving house', 'is it going to rain this weekend',
        'Generate ten interview questions for a designer', 'describe a sunset in poetic language', 'help me name my podcast',
        'how long should i steep green tea', 'write a bedtime story about a brave little robot',
        'what are the symptoms of dehydration', 'Summarise The Key Points Of This Report', 'suggest a weekend itinerary for a city trip',
        'can you simplify this sentence', 'I want to start running, where do I begin?', 'write a toast for my best friends wedding',
        'explain how a mortgage works', 'what is the meaning of life 🤔', 'Create A Logo Idea For A Coffee Shop',
        'why do cats purr', 'shorten this paragraph to fifty words', 'give me synonyms for happy',
        'what should I pack for a beach holiday', 'hey there! how are you today?', 'Write a formal complaint about a late delivery',
        'help me understand the chain rule in calculus', 'good night, talk tomorrow',
    ],
    'de': [
        'kannst du diesen Artikel zusammenfassen', 'schreib einen kurzen Witz über Katzen', 'Wie koche ich ein Ei?',
        'übersetze diesen Text bitte ins Englische', 'gib mir drei Ideen für eine Geburtstagsfeier',
        'Erkläre mir Quantencomputer einfach', 'mach das bitte etwas höflicher', 'Was soll ich heute Abend kochen',
        'schreib eine kurze Mail an meinen Chef wegen Urlaub', 'danke, das hilft mir sehr 😊',
    ],
    'es': [
        'puedes resumir este artículo', 'escribe un chiste corto sobre gatos', '¿Cómo hago una tortilla?',
        'traduce este párrafo al inglés por favor', 'dame tres ideas para una fiesta de cumpleaños',
        'Explica la inflación con palabras sencillas', 'haz que suene más educado', 'qué puedo cocinar esta noche',
        'escribe un correo formal de queja', 'gracias, eso me ayudó mucho',
    ],
    'fr': [
        'peux-tu résumer cet article', 'écris une blague courte sur les chats', 'Comment faire cuire un œuf ?',
        'traduis ce paragraphe en anglais stp', 'donne-moi trois idées pour un anniversaire',
        "Explique l'inflation simplement", 'rends ce message plus poli', "qu'est-ce que je peux cuisiner ce soir",
        'écris un mail de réclamation formel', 'merci, ça m’aide beaucoup',
    ],
    'it': [
        'puoi riassumere questo articolo', 'scrivi una barzelletta corta sui gatti', 'Come si cuoce un uovo?',
        'traduci questo paragrafo in inglese per favore', 'dammi tre idee per una festa di compleanno',
        "Spiega l'inflazione in modo semplice", 'rendi questo messaggio più gentile', 'cosa posso cucinare stasera',
        'scrivi una email di reclamo formale', 'grazie, mi hai aiutato molto',
    ],
    'pt': [
        'pode resumir este artigo', 'escreve uma piada curta sobre gatos', 'Como cozinhar um ovo?',
        'traduz este parágrafo para inglês por favor', 'me dá três ideias para uma festa de aniversário',
        'Explique a inflação de forma simples', 'deixa essa mensagem mais educada', 'o que posso cozinhar hoje à noite',
        'escreve um email formal de reclamação', 'obrigado, ajudou muito',
    ],
    'nl': [
        'kun je dit artikel samenvatten', 'schrijf een korte grap over katten', 'Hoe kook ik een ei?',
        'vertaal deze alinea naar het Engels aub', 'geef me drie ideeën voor een verjaardagsfeest',
        'Leg inflatie eenvoudig uit', 'maak dit bericht wat beleefder', 'wat kan ik vanavond koken',
        'schrijf een formele klachtenmail', 'bedankt, dat helpt echt',
    ],
    'pl': [
        'czy możesz streścić ten artykuł', 'napisz krótki żart o kotach', 'Jak ugotować jajko?',
        'przetłumacz ten akapit na angielski proszę', 'daj mi trzy pomysły na urodziny',
        'Wyjaśnij inflację prostymi słowami', 'zrób tę wiadomość bardziej uprzejmą', 'co mogę dziś ugotować na kolację',
        'napisz formalną reklamację', 'dzięki, bardzo mi pomogłeś',
    ],
    'ru': [
        'можешь кратко пересказать эту статью', 'напиши короткую шутку про котов', 'Как сварить яйцо?',
        'переведи этот абзац на английский пожалуйста', 'дай три идеи для дня рождения',
        'Объясни инфляцию простыми словами', 'сделай это сообщение вежливее', 'что приготовить сегодня на ужин',
        'напиши официальную жалобу', 'спасибо, очень помогло',
    ],
}


def probe_spans(predict_fn):
    """predict_fn(texts) -> list of span lists. Returns {lang: (n_prompts, n_spans, examples)}."""
    out = {}
    for lang, texts in PROBE.items():
        spans = predict_fn(texts)
        ex = [(t, t[s:e], y) for t, sp in zip(texts, spans) for s, e, y in sp]
        out[lang] = (len(texts), sum(len(s) for s in spans), ex)
    return out


def probe_rate(model):
    from evaluate import predict
    from features import spans_from_tags

    def fn(texts):
        return [spans_from_tags(toks, tags) for toks, tags, _p in predict(model, texts)]

    res = probe_spans(fn)
    n = sum(v[0] for v in res.values())
    k = sum(v[1] for v in res.values())
    return {'all': round(100 * k / n, 1), 'en': round(100 * res['en'][1] / res['en'][0], 1),
            'other': round(100 * (k - res['en'][1]) / (n - res['en'][0]), 1)}, res


if __name__ == '__main__':
    import os

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import torch
    from model import CFG, Tagger

    torch.set_num_threads(1)
    m = Tagger(CFG)
    m.load_state_dict(torch.load(sys.argv[1]))
    rate, res = probe_rate(m)
    print('spans per 100 prompts', rate)
    for lang, (_n, _k, ex) in res.items():
        print(lang, ex[:12])
