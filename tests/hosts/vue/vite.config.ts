import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// https://vite.dev/config/
export default defineConfig({
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // <ot-…> tags are otforms custom elements, not Vue components
          isCustomElement: (tag) => tag.startsWith('ot-'),
        },
      },
    }),
  ],
})
