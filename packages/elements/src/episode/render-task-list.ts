import { html } from 'lit';
import type { EpisodeTask, EpisodeTaskStatus } from '@otforms/machines';
import { episodeMessages as m } from './episode-messages.js';

export interface TaskListView {
  tasks: readonly { task: EpisodeTask; status: EpisodeTaskStatus }[];
  onOpen(): void;
}

export const taskId = (task: EpisodeTask) => `task-${task}`;

/**
 * The GOV.UK "complete multiple tasks" list: each task with its status. Only
 * the task under way can be opened; the others say why they cannot.
 */
export function renderTaskList({ tasks, onOpen }: TaskListView) {
  const done = tasks.filter(({ status }) => status === 'completed').length;
  return html`
    <h2 data-page-heading tabindex="-1">${m.title}</h2>
    <p class="description">${m.tasksIntro}</p>
    <p class="caption" role="status">${m.tasksDone(done, tasks.length)}</p>
    <ul class="task-list" aria-label=${m.tasksHeading}>
      ${tasks.map(({ task, status }) => {
        const statusId = `${taskId(task)}-status`;
        const open = status === 'in-progress' || status === 'not-started';
        return html`<li class="task">
          <span class="task-name">
            ${open
              ? html`<a href=${`#${taskId(task)}`} id=${taskId(task)} aria-describedby=${statusId} @click=${(event: Event) => (event.preventDefault(), onOpen())}
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
