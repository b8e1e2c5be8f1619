// The page of question-page.html: registers the elements and gives the question its item (from the query string).
import '../../define.js';
import type { QuestionItem } from '@otforms/core';

const item = JSON.parse(new URLSearchParams(location.search).get('item') ?? 'null') as QuestionItem;
const question = document.querySelector<HTMLElement & { item?: QuestionItem }>('[name="answer"]')!;
question.item = item;
document.body.dataset.ready = 'true';
