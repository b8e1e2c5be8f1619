import { TestBed } from '@angular/core/testing';
import { App } from './app';

// `ng test` runs in jsdom, which has no form-associated custom elements:
// give <ot-assessment> the two ElementInternals methods it calls there.
ElementInternals.prototype.setFormValue ??= () => {};
ElementInternals.prototype.setValidity ??= () => {};

describe('App', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [App],
    }).compileComponents();
  });

  it('should create the app', () => {
    const fixture = TestBed.createComponent(App);
    const app = fixture.componentInstance;
    expect(app).toBeTruthy();
  });

  it('should render title', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const compiled = fixture.nativeElement as HTMLElement;
    expect(compiled.querySelector('h1')?.textContent).toContain('Barthel Index');
  });
});
