import { html, type TemplateResult } from 'lit';
import type { EpisodeTask, EpisodeTaskStatus } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';

export interface TaskListView {
  m: Catalogue['episode'];
  tasks: readonly { task: EpisodeTask; status: EpisodeTaskStatus }[];
  /** Completed tasks that can be opened again. */
  revisitable: readonly EpisodeTask[];
  /** No task can be opened: the element is disabled. */
  disabled: boolean;
  onOpen(): void;
  onRevisit(task: EpisodeTask): void;
}

export const taskId = (task: EpisodeTask) => `task-${task}`;

/**
 * The GOV.UK "complete multiple tasks" list: each task with its status. The
 * task under way can be opened, and so can completed tasks whose details may
 * change later (the referral; equipment returned weeks after it was issued).
 */
export function renderTaskList({ m, tasks, revisitable, disabled, onOpen, onRevisit }: TaskListView): TemplateResult {
  const done = tasks.filter(({ status }) => status === 'completed').length;
  return html`
    <h2 data-page-heading tabindex="-1">${m.title}</h2>
    <p class="description">${m.tasksIntro}</p>
    <p class="caption" role="status">${m.tasksDone(done, tasks.length)}</p>
    <ul class="task-list" aria-label=${m.tasksHeading}>
      ${tasks.map(({ task, status }) => {
        const statusId = `${taskId(task)}-status`;
        const current = status === 'in-progress' || status === 'not-started';
        const open = disabled ? null : current ? onOpen : revisitable.includes(task) ? () => onRevisit(task) : null;
        return html`<li class="task">
          <span class="task-name">
            ${open
              ? html`<a href=${`#${taskId(task)}`} id=${taskId(task)} aria-describedby=${statusId} @click=${(event: Event) => (event.preventDefault(), open())}
                  >${m.tasks[task]}</a
                >`
              : html`<span id=${taskId(task)}>${m.tasks[task]}</span>`}
          </span>
          <strong class=${`task-status ${status}`} id=${statusId}>${m.statuses[status]}</strong>
        </li>`;
      })}
    </ul>
  `;
}
