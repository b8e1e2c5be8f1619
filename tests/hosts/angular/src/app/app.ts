import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import '@otforms/elements/define/ot-assessment'; // registers <ot-assessment>
import { getInstrument } from '@otforms/instruments';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet],
  templateUrl: './app.html',
  styleUrl: './app.css',
  // <ot-…> tags are otforms custom elements, not Angular components
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
})
export class App {
  protected readonly barthel = getInstrument('barthel-cw20');
  protected readonly recordId = signal('');
}
